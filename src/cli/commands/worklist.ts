import type { Command } from "commander";
import { analyzeRosters } from "../../core/campaign/analyze-rosters";
import type { Behind } from "../../core/explain/enterprises-behind";
import { DEFAULT_FONTS } from "../../core/report/report-data";
import { buildWorkListSheets, gapCaption } from "../../core/report/worklist-sheet";
import { parseMapSpecs } from "../../core/roster/resolve-override";
import { pickDistrict, workLists, type DistrictWorkList } from "../../core/worklist/work-list";
import { guardOutput, writeOutputFile } from "../../xlsx/output-file";
import { readXlsxFile } from "../../xlsx/read-file";
import { engineCommand, mapSpecs, withRosterOptions } from "../engine-command";
import { ExitCode } from "../exit-codes";
import { formatTable } from "../format-table";
import type { CliIo } from "../io";
import { loadProfile } from "../load-profile";
import { parsePeriod } from "../parse-options";
import { entryText } from "../print-entries";
import { requireRoster } from "../require-roster";

interface WorklistOptions {
  profile: string;
  year?: string;
  asOf?: string;
  map?: string[];
  district?: string;
  json?: boolean;
  out?: string;
  force?: boolean;
}

function printLists(lists: readonly DistrictWorkList[], asOf: string, io: CliIo): void {
  if (lists.length === 0) {
    io.out(io.msg("worklist.none", { asOf }));
    return;
  }
  io.out(io.msg("worklist.heading", { asOf, count: lists.length }));
  const gapHeader = ["seq", "name", "uscc", "group", "grade", "why", "source"].map((k) => io.msg(`worklist.col.${k}`));
  const missHeader = ["seq", "name", "uscc", "deadline", "by", "applied", "status", "source"].map((k) => io.msg(`worklist.col.${k}`));
  for (const list of lists) {
    io.out("");
    io.out(io.msg("worklist.districtHeading", { district: list.district }));
    for (const g of list.gaps) {
      io.out(gapCaption(g, io.lang));
      if (g.candidates < g.gap) io.out(io.msg("worklist.short", { candidates: g.candidates, gap: g.gap }));
      const row = (b: Behind, i: number, group: string) => [String(i + 1), b.entry.record.name ?? "", b.entry.record.uscc ?? "", io.msg(`worklist.group.${group}`), entryText(io, "grade", b.entry.record.grade), entryText(io, "why", b.standing.why), `${b.entry.record.sheet}!${b.entry.record.row}`];
      formatTable(gapHeader, [...g.notStarted.map((b, i) => row(b, i, "notStarted")), ...g.applying.map((b, i) => row(b, g.notStarted.length + i, "applying"))]).forEach((l) => io.out(l));
    }
    if (list.deadlineMisses.length > 0) {
      io.out(io.msg("worklist.missCaption", { count: list.deadlineMisses.length }));
      const rows = list.deadlineMisses.map((m, i) => {
        const r = m.entry.record;
        return [String(i + 1), r.name ?? "", r.uscc ?? "", io.msg(`worklist.rule.${m.finding.rule}`), String(m.finding.params.by), typeof m.finding.actual === "string" ? m.finding.actual : "", entryText(io, "status", r.status), `${r.sheet}!${r.row}`];
      });
      formatTable(missHeader, rows).forEach((l) => io.out(l));
    }
  }
}

function jsonOf(lists: readonly DistrictWorkList[]) {
  const enterprise = (b: Behind) => ({ name: b.entry.record.name, uscc: b.entry.record.uscc, grade: b.entry.record.grade, status: b.entry.record.status, why: b.standing.why, sheet: b.entry.record.sheet, row: b.entry.record.row });
  return lists.map((l) => ({
    district: l.district,
    gaps: l.gaps.map((g) => ({ category: g.row.category, categoryName: g.row.categoryName, base: g.row.base, attained: g.row.attained, applying: g.row.applying, target: g.row.target, gap: g.gap, candidates: g.candidates, notStarted: g.notStarted.map(enterprise), applyingList: g.applying.map(enterprise) })),
    deadlineMisses: l.deadlineMisses.map((m) => ({ name: m.entry.record.name, uscc: m.entry.record.uscc, rule: m.finding.rule, by: m.finding.params.by, applied: typeof m.finding.actual === "string" ? m.finding.actual : null, status: m.entry.record.status, sheet: m.entry.record.sheet, row: m.entry.record.row })),
  }));
}

/**
 * `anbiao worklist FILE --profile ID [-o OUT.xlsx] [--district D]`: per district, the enterprises to
 * chase in each category below target and those past a deadline; printed, as JSON, or one
 * print-ready sheet per district in a new workbook.
 */
export function registerWorklist(program: Command, io: CliIo, setExit: (code: number) => void): void {
  withRosterOptions(engineCommand(program, io, "worklist", "cli.cmd.worklist", "file"), io)
    .option("--district <name>", io.msg("cli.opt.worklistDistrict"))
    .option("--json", io.msg("cli.opt.json"))
    .option("-o, --out <file>", io.msg("cli.opt.out"))
    .option("--force", io.msg("cli.opt.force"))
    .action(async (file: string, opts: WorklistOptions) => {
      const { asOf, year } = parsePeriod(opts);
      const profile = await loadProfile(opts.profile, io.lang);
      if (opts.out !== undefined) await guardOutput(file, opts.out, opts.force);
      const analysis = analyzeRosters(await readXlsxFile(file), profile, { asOf, year, overrides: parseMapSpecs(mapSpecs(opts)) });
      requireRoster(analysis, file, io.lang);
      const only = opts.district === undefined ? null : pickDistrict(profile, analysis.classification.districts, opts.district);
      const lists = workLists(profile, analysis.classification, analysis.metrics, analysis.findings).filter((l) => only === null || l.district === only);
      if (opts.json) io.out(JSON.stringify({ file, profile: profile.id, year, asOf, districts: jsonOf(lists) }, null, 2));
      else printLists(lists, asOf, io);
      if (opts.out !== undefined) {
        const sheets = buildWorkListSheets({ profile, asOf, year, lists, fonts: DEFAULT_FONTS, lang: io.lang });
        // The writer loads ExcelJS, which costs every other run ~0.3 s at start: load it only here.
        await writeOutputFile(opts.out, await (await import("../../xlsx/write-workbook")).newWorkbookBytes(sheets));
        if (!opts.json) io.out(io.msg("worklist.wrote", { file: opts.out, sheets: sheets.map((s) => s.name).join("、") }));
      }
      setExit(ExitCode.ok);
    });
}
