import type { Command } from "commander";
import { checkWorkbook, type WorkbookCheck } from "../../core/campaign/check-workbook";
import { summarizeFindings } from "../../core/finding/finding";
import type { IndicatorRow } from "../../core/metrics/indicator-row";
import { readXlsxFile } from "../../xlsx/read-file";
import { findingJson, indicatorJson, metricJson, rosterJson, writeCheckJson, type CheckReport } from "../check-report";
import { engineCommand, mapSpecs, withRosterOptions } from "../engine-command";
import { ExitCode } from "../exit-codes";
import type { CliIo } from "../io";
import { loadProfile } from "../load-profile";
import { parsePeriod } from "../parse-options";
import { parseMapSpecs } from "../../core/roster/resolve-override";
import { printIndicators, printMetrics, printTableMetrics } from "../print-metrics";

interface CheckOptions {
  profile: string;
  year?: string;
  asOf?: string;
  json?: boolean;
  map?: string[];
}

function printReadable(report: CheckReport, checked: WorkbookCheck, indicators: readonly IndicatorRow[], io: CliIo): void {
  io.out(io.msg("check.header", { file: report.file, profile: report.profile, year: report.year, asOf: report.asOf }));
  for (const r of checked.rosters.read.rosters) {
    io.out(io.msg("check.read.roster", { sheet: r.sheet, records: r.records.length, subtotals: r.subtotals.length, skipped: r.skipped.length }));
    if (r.sheetDistrict) io.out(io.msg("check.read.sheetDistrict", { district: r.sheetDistrict.value, source: io.msg(`district.source.${r.sheetDistrict.source}`) }));
  }
  for (const tb of checked.tables.tables) {
    const attachment = tb.attachment?.label ?? io.msg("check.read.tableUnknown");
    io.out(io.msg("check.read.table", { sheet: tb.sheet, attachment, districts: tb.districts.length, totals: tb.totalsRow ? io.msg("check.read.tableTotals") : "" }));
  }
  const s = report.summary;
  io.out(io.msg("check.summary", { errors: s.errors, warnings: s.warnings, infos: s.infos }));
  for (const f of report.findings) {
    const where = f.sheet ? `${f.sheet}!${f.cell ?? f.row ?? ""}` : "";
    io.out(`  [${io.msg(`severity.${f.severity}`)}] ${where} ${f.rule}: ${f.message}`);
  }
  if (checked.rosterMetrics.length > 0) {
    io.out("");
    printMetrics(checked.rosterMetrics, io);
  }
  if (indicators.length > 0) {
    io.out("");
    printIndicators(indicators, io);
  }
  if (checked.tableMetrics.length > 0) {
    io.out("");
    printTableMetrics(checked.tableMetrics, io);
  }
}

/** `anbiao check FILE --profile ID`: row findings, metrics and annual-target compliance of a roster workbook. */
export function registerCheck(program: Command, io: CliIo, setExit: (code: number) => void): void {
  withRosterOptions(engineCommand(program, io, "check", "cli.cmd.check", "file"), io)
    .option("--json", io.msg("cli.opt.json"))
    .action(async (file: string, opts: CheckOptions) => {
      const { asOf, year } = parsePeriod(opts);
      const overrides = parseMapSpecs(mapSpecs(opts));
      const profile = await loadProfile(opts.profile, io.lang);
      const grids = await readXlsxFile(file);
      const checked = checkWorkbook(grids, profile, { asOf, year, overrides });
      const findings = checked.findings;
      const indicators = checked.rosterIndicators;
      const report: CheckReport = {
        file,
        profile: profile.id,
        year,
        asOf,
        // JSON renders its findings as it writes them; the readable listing needs them rendered first.
        findings: opts.json ? [] : findings.map((f) => findingJson(f, io.lang)),
        metrics: [...checked.rosterMetrics.map(metricJson), ...checked.tableMetrics],
        indicators: indicators.map(indicatorJson),
        rosters: checked.rosters.read.rosters.map(rosterJson),
        sectorRows: checked.rosters.sectorRows,
        summary: summarizeFindings(findings),
      };
      if (opts.json) writeCheckJson(report, findings, io.lang, (lines) => io.out(lines));
      else printReadable(report, checked, indicators, io);
      setExit(report.summary.errors > 0 ? ExitCode.findings : ExitCode.ok);
    });
}
