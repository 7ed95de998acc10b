import type { Command } from "commander";
import { basename } from "path";
import { citySheets } from "../../core/consolidate/city-sheets";
import { consolidate } from "../../core/consolidate/consolidate";
import type { SkippedFile } from "../../core/consolidate/skipped-file";
import type { Submission } from "../../core/consolidate/submission";
import { submissionCounts } from "../../core/consolidate/submission-counts";
import { summarizeFindings } from "../../core/finding/finding";
import { districtUnits } from "../../core/profile/districts";
import { guardOutput, writeOutputFile } from "../../xlsx/output-file";
import { collectInputs, localTime } from "../collect-inputs";
import { districtList } from "../district-options";
import { ExitCode } from "../exit-codes";
import type { CliIo } from "../io";
import { loadProfile } from "../load-profile";
import { parsePeriod } from "../parse-options";
import { readReturns } from "../read-returns";

interface ConsolidateOptions {
  profile: string;
  year?: string;
  asOf?: string;
  districts?: string;
  out: string;
  force?: boolean;
}

function printSubmission(s: Submission, io: CliIo): void {
  const unreadable = s.findings.find((f) => f.rule === "consolidate/unreadable");
  if (unreadable) {
    io.out(io.msg("consolidate.read.unreadable", { file: s.file, detail: unreadable.params.detail }));
    return;
  }
  const c = summarizeFindings(s.findings);
  const what: string[] = [];
  if (s.tableSheets.length > 0) what.push(io.msg("consolidate.what.table", { sheets: s.tableSheets.join("、") }));
  if (s.rosterRecords > 0) what.push(io.msg("consolidate.what.roster", { records: s.rosterRecords }));
  io.out(io.msg("consolidate.read.file", { file: s.file, district: s.district ?? "?", via: io.msg(`consolidate.via.${s.via}`), what: what.join("；") || io.msg("consolidate.what.nothing"), errors: c.errors, warnings: c.warnings }));
}

/**
 * `anbiao consolidate FILES…|DIR --profile ID -o CITY.xlsx`: reads each returned file once (a
 * template, a count table, a roster), keeps only its counts, enterprises and findings, and writes the
 * city summary with 报送情况 first. Inputs are never modified; non-xlsx files are listed as skipped.
 */
export function registerConsolidate(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command("consolidate")
    .description(io.msg("cli.cmd.consolidate"))
    .argument("<files...>", "xlsx | dir")
    .requiredOption("--profile <id|file>", io.msg("cli.opt.profile"))
    .option("--year <yyyy>", io.msg("cli.opt.year"))
    .option("--as-of <yyyy-mm-dd>", io.msg("cli.opt.asOf"))
    .option("--districts <names>", io.msg("cli.opt.districts"))
    .requiredOption("-o, --out <file>", io.msg("cli.opt.outCity"))
    .option("--force", io.msg("cli.opt.force"))
    .action(async (args: string[], opts: ConsolidateOptions) => {
      const period = parsePeriod(opts);
      const profile = await loadProfile(opts.profile);
      const inputs = await collectInputs(args, opts.out);
      for (const input of inputs.files) await guardOutput(input.path, opts.out, true);
      await guardOutput("", opts.out, opts.force);
      const skipped: SkippedFile[] = inputs.skipped.map((k) => ({ file: basename(k.path), receivedAt: localTime(k.mtime), reason: { key: k.reason } }));
      for (const k of skipped) io.out(io.msg("consolidate.read.skipped", { file: k.file, reason: io.msg(k.reason.key) }));
      const submissions = await readReturns(inputs.files, profile, period, io.lang, (s) => printSubmission(s, io));
      const expected = [...districtUnits(profile).map((u) => u.name), ...districtList(opts.districts)];
      const result = consolidate(submissions, profile, period, expected, skipped);
      const specs = citySheets(result, profile, period, localTime(new Date()), io.lang);
      const { newWorkbookBytes } = await import("../../xlsx/write-workbook");
      await writeOutputFile(opts.out, await newWorkbookBytes(specs));
      io.out(io.msg("consolidate.wrote", { file: opts.out, ...submissionCounts(result) }));
      setExit(ExitCode.ok);
    });
}
