import type { Command } from "commander";
import type { CliIo } from "./io";

/** A subcommand over one workbook for one campaign: its argument, --profile (required) and --year. */
export function engineCommand(program: Command, io: CliIo, name: string, descriptionKey: string, argument: string): Command {
  return program
    .command(name)
    .description(io.msg(descriptionKey))
    .argument(`<${argument}>`, "xlsx")
    .requiredOption("--profile <id|file>", io.msg("cli.opt.profile"))
    .option("--year <yyyy>", io.msg("cli.opt.year"));
}

/** Adds the repeatable --map header=field option (read it with mapSpecs). */
export function withMapOption(command: Command, io: CliIo): Command {
  return command.option("--map <header=field>", io.msg("cli.opt.map"), (v: string, acc: string[] = []) => [...acc, v]);
}

/** The --map values given, none when the option was not used. */
export function mapSpecs(opts: { map?: string[] }): string[] {
  return opts.map ?? [];
}

/** Adds --as-of and --map, the options of the roster commands. */
export function withRosterOptions(command: Command, io: CliIo): Command {
  return withMapOption(command.option("--as-of <yyyy-mm-dd>", io.msg("cli.opt.asOf")), io);
}
