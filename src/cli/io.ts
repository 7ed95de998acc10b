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

/** The process's stdout/stderr in a language. */
export function processIo(lang: Lang = DEFAULT_LANG): CliIo {
  return {
    out: (line) => process.stdout.write(line + "\n"),
    err: (line) => process.stderr.write(line + "\n"),
    lang,
    msg: (key, params) => t(key, params, lang),
  };
}
