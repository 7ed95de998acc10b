import type { Command } from "commander";
import { checkWorkbook, type WorkbookCheck } from "../../core/campaign/check-workbook";
import { summarizeFindings } from "../../core/finding/finding";
import type { ComplianceRow } from "../../core/metrics/compliance";
import type { IndicatorRow } from "../../core/metrics/indicator-row";
import { readXlsxFile } from "../../xlsx/read-file";
import { findingJson, type CheckReport } from "../check-report";
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
  map: string[];
}

function metricJson(m: ComplianceRow) {
  const { district, category, categoryName, base, attained, attainedThisYear, applying, creationRate, attainmentRate, target, targetKind, actual, met, gap } = m;
  return { district, category, categoryName, base, attained, attainedThisYear, applying, creationRate, attainmentRate, target, targetKind, actual, met, gap };
}

/** An indicator row as the JSON contract prints it: every key always present (null when it does not apply). */
function indicatorJson(r: IndicatorRow) {
  const { district, indicator, indicatorName, count, denominator, rate, targetIndex, target, targetKind, met, gap, overdue } = r;
  return { district, indicator, indicatorName, sector: r.sector ?? null, sectorName: r.sectorName ?? null, count, denominator, rate, targetIndex, target, targetKind, op: r.op ?? null, met, gap, by: r.by ?? null, overdue };
}

function printReadable(report: CheckReport, checked: WorkbookCheck, indicators: readonly IndicatorRow[], io: CliIo): void {
  io.out(io.msg("check.header", { file: report.file, profile: report.profile, year: report.year, asOf: report.asOf }));
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
  program
    .command("check")
    .description(io.msg("cli.cmd.check"))
    .argument("<file>", "xlsx")
    .requiredOption("--profile <id|file>", io.msg("cli.opt.profile"))
    .option("--year <yyyy>", io.msg("cli.opt.year"))
    .option("--as-of <yyyy-mm-dd>", io.msg("cli.opt.asOf"))
    .option("--json", io.msg("cli.opt.json"))
    .option("--map <header=field>", io.msg("cli.opt.map"), (v: string, acc: string[]) => [...acc, v], [] as string[])
    .action(async (file: string, opts: CheckOptions) => {
      const { asOf, year } = parsePeriod(opts);
      const overrides = parseMapSpecs(opts.map);
      const profile = await loadProfile(opts.profile);
      const grids = await readXlsxFile(file);
      const checked = checkWorkbook(grids, profile, { asOf, year, overrides });
      const findings = checked.findings;
      // Like the metrics: a workbook without a roster has no indicator figures (zeros would mislead).
      const indicators = checked.rosters.read.rosters.length > 0 ? checked.rosters.indicators : [];
      const report: CheckReport & { indicators: ReturnType<typeof indicatorJson>[] } = {
        file,
        profile: profile.id,
        year,
        asOf,
        findings: findings.map((f) => findingJson(f, io.lang)),
        metrics: [...checked.rosterMetrics.map(metricJson), ...checked.tableMetrics],
        indicators: indicators.map(indicatorJson),
        summary: summarizeFindings(findings),
      };
      if (opts.json) io.out(JSON.stringify(report, null, 2));
      else printReadable(report, checked, indicators, io);
      setExit(report.summary.errors > 0 ? ExitCode.findings : ExitCode.ok);
    });
}
