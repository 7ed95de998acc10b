import type { Command } from "commander";
import { basename } from "path";
import { analyzeRosters } from "../../core/campaign/analyze-rosters";
import { DEFAULT_FONTS, type ReportData } from "../../core/report/report-data";
import { buildSummarySheets } from "../../core/report/summary-sheets";
import { MAX_DETAIL_ROWS, withDetails } from "../../core/report/details/details-sheet";
import { guardOutput, writeOutputFile } from "../../xlsx/output-file";
import { readBytes } from "../../xlsx/read-file";
import { readXlsxBytes } from "../../xlsx/read-bytes";
import { engineCommand, mapSpecs, withRosterOptions } from "../engine-command";
import { ExitCode } from "../exit-codes";
import type { CliIo } from "../io";
import { loadProfile } from "../load-profile";
import { parsePeriod, parseProgress } from "../parse-options";
import { progressPoints } from "../../core/campaign/progress-points";
import { parseMapSpecs } from "../../core/roster/resolve-override";
import { printIndicators, printMetrics } from "../print-metrics";
import { requireRoster } from "../require-roster";

interface SummarizeOptions {
  profile: string;
  out: string;
  year?: string;
  asOf?: string;
  intoCopy?: boolean;
  force?: boolean;
  map?: string[];
  details?: boolean;
  progress?: string;
}

/**
 * `anbiao summarize INPUT --profile ID -o OUT`: the profile's attachments, the compliance sheet and
 * the findings sheet, written to a new workbook (default) or into a lossless copy of the input. The
 * input is never modified. Exits 0 once written: findings are in the workbook, `check` gates on them.
 */
export function registerSummarize(program: Command, io: CliIo, setExit: (code: number) => void): void {
  withRosterOptions(engineCommand(program, io, "summarize", "cli.cmd.summarize", "input"), io)
    .requiredOption("-o, --out <file>", io.msg("cli.opt.out"))
    .option("--into-copy", io.msg("cli.opt.intoCopy"))
    .option("--force", io.msg("cli.opt.force"))
    .option("--details", io.msg("cli.opt.details"))
    .option("--progress <years>", io.msg("cli.opt.progress"))
    .action(async (input: string, opts: SummarizeOptions) => {
      const { asOf, year } = parsePeriod(opts);
      const progressYears = parseProgress(opts.progress, asOf);
      const profile = await loadProfile(opts.profile, io.lang);
      const bytes = await readBytes(input);
      await guardOutput(input, opts.out, opts.force);
      const analysis = analyzeRosters(await readXlsxBytes(bytes, input), profile, { asOf, year, overrides: parseMapSpecs(mapSpecs(opts)) });
      requireRoster(analysis, input, io.lang);
      const data: ReportData = {
        profile,
        year,
        asOf,
        metrics: analysis.metrics,
        indicators: analysis.indicators,
        sectorRows: analysis.sectorRows,
        findings: analysis.findings,
        findingsSource: opts.intoCopy ? { mode: "internal" } : { mode: "external", file: basename(input) },
        fonts: DEFAULT_FONTS,
        lang: io.lang,
        ...(progressYears ? { progress: progressPoints(analysis, profile, { asOf, year }, progressYears) } : {}),
      };
      const sheets = buildSummarySheets(data, { charts: true });
      const details = opts.details ? withDetails(sheets, { classification: analysis.classification, profile, file: basename(input), lang: io.lang, asOf }) : null;
      // A 明细 table past Excel's row limit cannot be opened: the summary is still written, without it, and the user told why.
      if (details && !details.written) io.err(io.msg("summarize.detailsTooLarge", { rows: details.rows, max: MAX_DETAIL_ROWS }));
      const specs = details ? details.specs : sheets;
      // The writers load ExcelJS, which costs every other command ~0.3 s at start: load them only here.
      const bytesOut = opts.intoCopy
        ? await (await import("../../xlsx/package")).intoCopyBytes(bytes, input, specs)
        : await (await import("../../xlsx/write-workbook")).newWorkbookBytes(specs);
      await writeOutputFile(opts.out, bytesOut);
      printMetrics(analysis.metrics, io);
      if (analysis.indicators.length > 0) {
        io.out("");
        printIndicators(analysis.indicators, io);
      }
      io.out("");
      io.out(io.msg("summarize.wrote", { file: opts.out, sheets: specs.map((s) => s.name).join("、") }));
      setExit(ExitCode.ok);
    });
}
