import type { Command } from "commander";
import { UserError } from "../../core/errors";
import { t } from "../../core/i18n/translate";
import { fixCountTables } from "../../core/tables/fix";
import { guardOutput, writeOutputFile } from "../../xlsx/output-file";
import { editCellsBytes } from "../../xlsx/package/edit-cells";
import { readBytes } from "../../xlsx/read-file";
import { readXlsxBytes } from "../../xlsx/read-bytes";
import { engineCommand } from "../engine-command";
import { ExitCode } from "../exit-codes";
import type { CliIo } from "../io";
import { loadProfile } from "../load-profile";
import { parsePeriod } from "../parse-options";
import { fixReport, printFix } from "../print-fix";

interface FixRatesOptions {
  profile: string;
  out: string;
  year?: string;
  force?: boolean;
  json?: boolean;
}

async function guard(input: string, out: string, force?: boolean): Promise<void> {
  try {
    await guardOutput(input, out, force);
  } catch (err) {
    // Say in this command's own words that it never modifies the input.
    if (err instanceof UserError && err.key === "package.outIsInput") throw new UserError("fix.outIsInput", err.params);
    throw err;
  }
}

/**
 * `anbiao fix-rates INPUT --profile ID -o OUT`: the explicit fix of count tables already in a
 * workbook. Rates become live formulas over their rows' counts, totals that equal their rows' sum
 * become SUM, in a lossless copy; typed totals that disagree are kept and reported. Exits 0 once
 * written, 2 on bad input (no count table, an input the copy cannot keep).
 */
export function registerFixRates(program: Command, io: CliIo, setExit: (code: number) => void): void {
  engineCommand(program, io, "fix-rates", "cli.cmd.fixRates", "input")
    .requiredOption("-o, --out <file>", io.msg("cli.opt.out"))
    .option("--force", io.msg("cli.opt.force"))
    .option("--json", io.msg("cli.opt.json"))
    .action(async (input: string, opts: FixRatesOptions) => {
      const { year } = parsePeriod(opts);
      const profile = await loadProfile(opts.profile, io.lang);
      const bytes = await readBytes(input);
      await guard(input, opts.out, opts.force);
      const { fixes, notTables } = fixCountTables(await readXlsxBytes(bytes, input), profile);
      if (fixes.length === 0) {
        const reasons = notTables.map((n) => `「${n.sheet}」${t(n.reason, n.params, io.lang)}`).join("；");
        throw new UserError("fix.noTables", { file: input, reasons });
      }
      const written = editCellsBytes(bytes, input, fixes.map((f) => ({ sheet: f.sheet, writes: f.edits })));
      await writeOutputFile(opts.out, written);
      const report = fixReport({ file: input, out: opts.out, profile: profile.id, year }, fixes);
      if (opts.json) io.out(JSON.stringify(report, null, 2));
      else printFix(report, io);
      setExit(ExitCode.ok);
    });
}
