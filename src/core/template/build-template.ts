import { UserError } from "../errors";
import { t } from "../i18n/translate";
import type { ComplianceRow } from "../metrics/compliance";
import type { District, Profile } from "../profile/schema";
import { sheetNameFor } from "../report/attachment/build-attachment-sheets";
import { DEFAULT_FONTS } from "../report/report-data";
import type { SheetSpec } from "../spec/spec";
import { templateCountSheet, type TemplateInput } from "./count-sheet";
import { templateLayouts } from "./fill-in-layout";
import { instructionsSheet } from "./instructions-sheet";
import { rosterTemplateSheet } from "./roster-template";
import { listRanges, markerSheet, TEMPLATE_VERSION, type TemplateLists } from "./template-marker";

/** What a district's template is made for: the campaign, the year, the district, the city roster's figures. */
export interface TemplateRequest {
  profile: Profile;
  year: number;
  unit: District;
  /** Figures of a city roster (every district): the district's bases are written into its tables. */
  rosterFigures?: readonly ComplianceRow[];
}

/** A district's template: its sheets in tab order and, per table sheet, where its input cells are. */
export interface DistrictTemplate {
  district: string;
  sheets: SheetSpec[];
  inputs: { sheet: string; layout: string; cells: TemplateInput[] }[];
}

/** The words a roster may use for grades and statuses, as offered in the dropdowns. */
const GRADES = ["一级", "二级", "三级", "小微"];
const STATUSES = ["已达标", "申请创建", "创建中", "未创建", "停产", "已关停", "注销", "调出底数"];
const SCALES = ["规上", "规下"];
const YES_NO = ["是", "否"];

/**
 * One district's fill-in workbook: 填报说明, its table(s) (the profile's district-rowed attachments
 * with bases, else a fill-in table of every category), 台账模板, and the hidden marker sheet that
 * names profile, district, year and version.
 */
export function buildDistrictTemplate(req: TemplateRequest): DistrictTemplate {
  const { profile, year, unit } = req;
  const layouts = templateLayouts(profile);
  if (layouts.length === 0) throw new UserError("template.noTable", { profile: profile.id });
  const taken = new Set<string>();
  const take = (label: string) => {
    const name = sheetNameFor(label, taken);
    taken.add(name.toLowerCase());
    return name;
  };
  const instructionsName = take(t("template.sheet.instructions"));
  const tables = layouts.map((layout) => {
    const named = layout.id === "fill-in" ? { ...layout, title: t("template.fillIn.title", { title: profile.title, district: unit.name }) } : layout;
    return { layout: named, ...templateCountSheet({ profile, layout: named, year, unit, name: take(layout.label), rosterFigures: req.rosterFigures }) };
  });
  const rosterName = take(t("template.sheet.roster"));
  const lists: TemplateLists = {
    districts: [unit.name],
    categories: profile.categories.map((c) => c.name),
    grades: GRADES,
    statuses: STATUSES,
    scales: SCALES,
    yesNo: YES_NO,
  };
  const roster = rosterTemplateSheet(rosterName, listRanges(lists), DEFAULT_FONTS);
  roster.marker = { ...roster.marker, profile: profile.id };
  const instructions = instructionsSheet({ profile, district: unit.name, year, layouts: tables.map((x) => x.layout), tableSheets: tables.map((x) => x.spec.name), rosterSheet: rosterName }, instructionsName, DEFAULT_FONTS);
  const marker = markerSheet(
    {
      profile: profile.id,
      district: unit.name,
      year,
      version: TEMPLATE_VERSION,
      sheets: [instructions, ...tables.map((x) => x.spec), roster].map((spec, i, all) => ({
        role: i === 0 ? ("instructions" as const) : i === all.length - 1 ? ("roster" as const) : ("table" as const),
        name: spec.name,
        // The reference's cached result is what its target's A1 holds, as a spreadsheet would compute it.
        a1: String(spec.cells.find((c) => c.row === 1 && c.col === 1)?.value ?? ""),
      })),
    },
    lists,
  );
  return {
    district: unit.name,
    sheets: [instructions, ...tables.map((x) => x.spec), roster, marker],
    inputs: tables.map((x) => ({ sheet: x.spec.name, layout: x.layout.id, cells: x.inputs })),
  };
}
