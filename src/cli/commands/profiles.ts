import type { Command } from "commander";
import { builtinProfiles } from "../../core/profile/builtin";
import type { CliIo } from "../io";
import { ExitCode } from "../exit-codes";
import { loadProfile } from "../load-profile";
import { describeProfile } from "../describe-profile";

/** `anbiao profiles` lists the built-in campaign profiles; `anbiao profiles show ID|FILE [--json]` prints one. */
export function registerProfiles(program: Command, io: CliIo, setExit: (code: number) => void): void {
  const profiles = program
    .command("profiles")
    .description(io.msg("cli.cmd.profiles"))
    .action(() => {
      io.out(io.msg("profiles.list.header", { count: builtinProfiles.length }));
      const none = io.msg("profiles.none");
      for (const p of builtinProfiles) {
        io.out("  " + io.msg("profiles.list.row", { id: p.id, title: p.title, issuer: p.issuer, doc: p.documentNumber ?? none, date: p.date ?? none }));
      }
      setExit(ExitCode.ok);
    });
  profiles
    .command("show")
    .description(io.msg("cli.cmd.profiles.show"))
    .argument("<profile>", "ID | FILE.json")
    .option("--json", io.msg("cli.opt.json"))
    .action(async (idOrPath: string, opts: { json?: boolean }) => {
      const profile = await loadProfile(idOrPath, io.lang);
      if (opts.json) io.out(JSON.stringify(profile, null, 2));
      else describeProfile(profile, io);
      setExit(ExitCode.ok);
    });
}
