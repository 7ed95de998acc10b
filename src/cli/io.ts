import { DEFAULT_LANG, type Lang, type MessageParams } from "../core/i18n/lang";
import { t } from "../core/i18n/translate";

/** Where a command writes, and in which language: injected so tests can capture output. */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  lang: Lang;
  /** A catalog message in the run's language. */
  msg(key: string, params?: MessageParams): string;
}

/** A reader that stops early (`anbiao check … | head`) closes the pipe: that ends output, it is no error. */
function quietOnClosedPipe(stream: NodeJS.WriteStream): void {
  if (stream.listenerCount("error") > 0) return;
  stream.on("error", (err: NodeJS.ErrnoException) => {
    if (err.code === "EPIPE") process.exit(typeof process.exitCode === "number" ? process.exitCode : 0);
    throw err;
  });
}

/** The process's stdout/stderr in a language. */
export function processIo(lang: Lang = DEFAULT_LANG): CliIo {
  quietOnClosedPipe(process.stdout);
  quietOnClosedPipe(process.stderr);
  return {
    out: (line) => process.stdout.write(line + "\n"),
    err: (line) => process.stderr.write(line + "\n"),
    lang,
    msg: (key, params) => t(key, params, lang),
  };
}
