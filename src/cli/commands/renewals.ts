import type { Command } from "commander";
import { analyzeRosters } from "../../core/campaign/analyze-rosters";
import { UserError } from "../../core/errors";
import { renewalRadar, type RenewalRadar } from "../../core/renewal/renewal-radar";
import { withinDays } from "../../core/renewal/within-days";
import { projectionShown, yearEndProjection, type ProjectedRow } from "../../core/renewal/year-end-projection";
import { parseMapSpecs } from "../../core/roster/resolve-override";
import { readXlsxFile } from "../../xlsx/read-file";
import { guardOutput, writeOutputFile } from "../../xlsx/output-file";
import { DEFAULT_FONTS } from "../../core/report/report-data";
import { buildRenewalSheet } from "../../core/report/renewal-sheet";
import { engineCommand, mapSpecs, withRosterOptions } from "../engine-command";
import { ExitCode } from "../exit-codes";
import { formatRate, formatTable } from "../format-table";
import type { CliIo } from "../io";
import { loadProfile } from "../load-profile";
import { parsePeriod } from "../parse-options";
import { entryText } from "../print-entries";
import { requireRoster } from "../require-roster";

interface RenewalsOptions {
  profile: string;
  year?: string;
  asOf?: string;
  map?: string[];
  within: string;
  json?: boolean;
  out?: string;
  force?: boolean;
}

/** Reads --within: whole days, 1 to 3650. */
export function parseWithin(text: string): number {
  const days = withinDays(text);
  if (days === null) throw new UserError("renewals.badWithin", { value: text });
  return days;
}

/** The rate a row is judged on, now or at the year's end. */
function rateOf(row: ProjectedRow["now"], creation: boolean): number | null {
  return creation ? row.creationRate : row.attainmentRate;
}

function printRadar(radar: RenewalRadar, projection: readonly ProjectedRow[], creation: ReadonlySet<string>, io: CliIo): void {
  io.out(io.msg("renewals.heading", { asOf: radar.asOf, within: radar.within, count: radar.certificates.length }));
  const rows = radar.certificates.map((c) => {
    const r = c.entry.record;
    return [c.entry.district ?? "", r.name ?? "", r.uscc ?? "", entryText(io, "grade", r.grade), r.certificateNumber ?? "", c.validUntil, String(c.daysLeft), c.lapsed ? io.msg("renewals.lapsed") : "", entryText(io, "status", r.status)];
  });
  const header = ["district", "name", "uscc", "grade", "certificate", "validUntil", "daysLeft", "lapsed", "status"].map((k) => io.msg(`renewals.col.${k}`));
  formatTable(header, rows).forEach((line) => io.out(line));
  io.out("");
  io.out(io.msg("renewals.months"));
  // Districts with no expiry in the year ahead would be rows of zeros: only the total keeps its row regardless.
  const districts = [...new Set(radar.byMonth.filter((m) => m.count > 0 || m.district === null).map((m) => m.district))];
  const monthRows = districts.map((d) => [d ?? io.msg("metric.total"), ...radar.months.map((m) => String(radar.byMonth.find((x) => x.district === d && x.month === m)?.count ?? 0))]);
  formatTable([io.msg("renewals.col.district"), ...radar.months], monthRows).forEach((line) => io.out(line));
  io.out("");
  io.out(io.msg("renewals.projection"));
  const shown = projectionShown(projection);
  const mark = (met: boolean | null) => (met === null ? "" : met ? "✓" : "✗");
  const projected = shown.map(({ now, yearEnd }) => {
    const c = creation.has(now.category);
    return [now.district ?? io.msg("metric.total"), now.categoryName, String(now.base), String(now.attained), String(yearEnd.attained), formatRate(rateOf(now, c)), formatRate(rateOf(yearEnd, c)), now.target === null ? "" : now.targetKind === "rate" ? formatRate(now.target) : String(now.target), mark(now.met), mark(yearEnd.met), yearEnd.gap === null ? "" : String(yearEnd.gap)];
  });
  const pHeader = ["district", "category", "base", "attained", "yearEndAttained", "rate", "yearEndRate", "target", "met", "yearEndMet", "yearEndGap"].map((k) => io.msg(`renewals.col.${k}`));
  formatTable(pHeader, projected).forEach((line) => io.out(line));
}

/**
 * `anbiao renewals FILE --profile ID [--within 90]`: certificates expiring within N days of the
 * as-of date and those lapsed but still marked attained, expiries per district and month for the
 * next 12 months, and the figures at the year's end if none renews; with -o, the same as a 到期提醒 sheet.
 */
export function registerRenewals(program: Command, io: CliIo, setExit: (code: number) => void): void {
  withRosterOptions(engineCommand(program, io, "renewals", "cli.cmd.renewals", "file"), io)
    .option("--within <days>", io.msg("cli.opt.within"), "90")
    .option("--json", io.msg("cli.opt.json"))
    .option("-o, --out <file>", io.msg("cli.opt.renewalsOut"))
    .option("--force", io.msg("cli.opt.force"))
    .action(async (file: string, opts: RenewalsOptions) => {
      const { asOf, year } = parsePeriod(opts);
      const within = parseWithin(opts.within);
      const profile = await loadProfile(opts.profile, io.lang);
      if (opts.out !== undefined) await guardOutput(file, opts.out, opts.force);
      const analysis = analyzeRosters(await readXlsxFile(file), profile, { asOf, year, overrides: parseMapSpecs(mapSpecs(opts)) });
      requireRoster(analysis, file, io.lang);
      const radar = renewalRadar(analysis.classification, asOf, within);
      const projection = yearEndProjection(profile, analysis.classification.classes.map((k) => k.record), year, analysis.metrics);
      const creation = new Set(profile.categories.filter((c) => c.rate === "creation").map((c) => c.id));
      if (opts.json) {
        const json = {
          file, profile: profile.id, year, asOf, within,
          certificates: radar.certificates.map((c) => ({ district: c.entry.district, name: c.entry.record.name, uscc: c.entry.record.uscc, grade: c.entry.record.grade, certificateNumber: c.entry.record.certificateNumber, validUntil: c.validUntil, daysLeft: c.daysLeft, lapsed: c.lapsed, status: c.entry.record.status, sheet: c.entry.record.sheet, row: c.entry.record.row })),
          months: radar.months,
          byMonth: radar.byMonth,
          projection: projection.map(({ now, yearEnd }) => ({ district: now.district, category: now.category, base: now.base, attained: now.attained, yearEndAttained: yearEnd.attained, rate: rateOf(now, creation.has(now.category)), yearEndRate: rateOf(yearEnd, creation.has(now.category)), target: now.target, met: now.met, yearEndMet: yearEnd.met, yearEndGap: yearEnd.gap })),
        };
        io.out(JSON.stringify(json, null, 2));
      } else printRadar(radar, projection, creation, io);
      if (opts.out !== undefined) {
        const sheet = buildRenewalSheet({ profile, radar, projection, fonts: DEFAULT_FONTS, lang: io.lang });
        // The writer loads ExcelJS, which costs every other run ~0.3 s at start: load it only here.
        await writeOutputFile(opts.out, await (await import("../../xlsx/write-workbook")).newWorkbookBytes([sheet]));
        // With --json, stdout is the JSON alone.
        if (!opts.json) io.out(io.msg("renewals.wrote", { file: opts.out, sheet: sheet.name }));
      }
      setExit(ExitCode.ok);
    });
}
