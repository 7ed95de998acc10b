import { Command, CommanderError } from "commander";
import { UserError } from "../core/errors";
import { parseLang } from "../core/i18n/lang";
import { processIo, type CliIo } from "./io";
import { commandsFor, type RegisterCommand } from "./commands";
import { ExitCode } from "./exit-codes";
import { usageMessage } from "./usage-message";
import { version } from "./version";
import { oneLine, oneLineParams } from "./one-line";
import { installZipCodec } from "../xlsx/lean/zip-codec";
import { installChunkDeflater } from "../xlsx/package/chunk-deflate";
import { nodeChunkDeflater } from "../xlsx/node-chunk-deflate";
import { nodeCodec } from "../xlsx/lean/node-codec";
import { installChunkObserver } from "../xlsx/lean/part-stream";
import { installUtf8Slicer } from "../xlsx/lean/xml-bytes";
import { nodeUtf8Slicer } from "../xlsx/lean/node-utf8";
import { nurseryCap } from "./nursery-cap";

function langFromArgv(argv: readonly string[]): string | undefined {
  const i = argv.indexOf("--lang");
  if (i >= 0) return argv[i + 1];
  const eq = argv.find((a) => a.startsWith("--lang="));
  return eq?.slice("--lang=".length) ?? process.env.ANBIAO_LANG;
}

/** Builds the commander program with the given subcommands, bound to an output sink. */
export function buildProgram(io: CliIo, setExit: (code: number) => void, registers: readonly RegisterCommand[]): Command {
  const program = new Command("anbiao")
    .description(io.msg("cli.description"))
    .version(version(), "-V, --version", io.msg("cli.opt.version"))
    .helpOption("-h, --help", io.msg("cli.opt.help"))
    .helpCommand("help [command]", io.msg("cli.cmd.help"))
    .option("--lang <lang>", io.msg("cli.opt.lang"), "zh-CN")
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.out(s.replace(/\n$/, "")),
      writeErr: (s) => io.err(s.replace(/\n$/, "")),
      outputError: (s, write) => write(usageMessage(s, io)),
    })
    .showHelpAfterError(false);
  for (const register of registers) register(program, io, setExit);
  return program;
}

/**
 * Holds the process's young generation small once reading makes it grow (cli/nursery-cap.ts): for
 * the `anbiao` process itself (bin/anbiao.js), not for a host that calls main() in its own process.
 */
export function capNursery(): void {
  installChunkObserver(nurseryCap());
}

/** Runs `anbiao` with process-style argv and returns the exit status; never throws, never prints a stack. */
export async function main(argv: readonly string[], io: CliIo = processIo(parseLang(langFromArgv(argv)))): Promise<number> {
  // Every zip the CLI reads or writes goes through Node's native zlib (the browser build keeps fflate).
  installZipCodec(nodeCodec);
  installChunkDeflater(nodeChunkDeflater);
  installUtf8Slicer(nodeUtf8Slicer);
  let exit: number = ExitCode.ok;
  try {
    const program = buildProgram(io, (code) => (exit = code), await commandsFor(argv.slice(2)));
    if (argv.length <= 2) {
      program.outputHelp();
      return ExitCode.ok;
    }
    await program.parseAsync([...argv]);
    return exit;
  } catch (err) {
    if (err instanceof CommanderError) {
      const benign = ["commander.helpDisplayed", "commander.version", "commander.help"].includes(err.code);
      return benign ? ExitCode.ok : ExitCode.usage;
    }
    if (err instanceof UserError) {
      io.err(`anbiao: ${oneLine(io.msg(err.key, oneLineParams(err.params)), io.lang)}`);
      return ExitCode.usage;
    }
    const detail = err instanceof Error ? err.message.split("\n")[0] : String(err);
    io.err(`anbiao: ${oneLine(io.msg("internal.error", oneLineParams({ detail })), io.lang)}`);
    return ExitCode.internal;
  }
}
