import { cellAddress } from "../grid/address";
import type { Area } from "../grid/grid";
import { t } from "../i18n/translate";
import type { ComplianceRow } from "../metrics/compliance";
import type { AttachmentLayout, District, Profile } from "../profile/schema";
import { attachmentSheet } from "../report/attachment/attachment-sheet";
import { withAddedColumns } from "../report/attachment/added-columns";
import { headerGrid, type LeafColumn } from "../report/attachment/header-grid";
import { DEFAULT_FONTS } from "../report/report-data";
import type { DataValidationSpec, SheetSpec } from "../spec/spec";
import { rowHeightFor } from "../report/sizing";
import { singleDistrictProfile } from "./single-district";
import { targetLines } from "./target-texts";

/** The attachment sheet's first header row (label in row 1, title in row 2). */
const HEADER_TOP = 3;
/** Fill of the cells a district types into: pale yellow, the usual 填报 colour. */
export const INPUT_FILL = "FFF2CC";
const TARGET_WIDTH = 34;

/** An input cell of a template table: where it is and what it holds. */
export interface TemplateInput {
  row: number;
  col: number;
  /** The category the count belongs to. */
  category: string;
  metric: "base" | "attained" | "applying" | "actual";
}

const COUNTS = new Set(["base", "attained", "applying"]);

function inputColumns(columns: readonly LeafColumn[], profile: Profile): LeafColumn[] {
  const isCategory = (id: string | undefined) => id !== undefined && profile.categories.some((c) => c.id === id);
  return columns.filter((c) => isCategory(c.id) && (COUNTS.has(c.leaf.metric ?? "") || c.leaf.metric === "actual"));
}

function validationOf(input: TemplateInput, all: readonly TemplateInput[]): DataValidationSpec {
  const area: Area = { top: input.row, left: input.col, bottom: input.row, right: input.col };
  const peer = (metric: TemplateInput["metric"]) => all.find((i) => i.category === input.category && i.metric === metric);
  const base = peer("base");
  const at = (i: TemplateInput) => cellAddress(i.row, i.col);
  const message = (key: string) => ({ prompt: { title: t("template.prompt.title"), text: t(`template.prompt.${key}`) }, error: { title: t("template.error.title"), text: t(`template.error.${key}`) } });
  if (input.metric === "base") return { area, type: "whole", operator: "greaterThanOrEqual", formulae: ["0"], allowBlank: true, ...message("base") };
  if (!base) return { area, type: "whole", operator: "greaterThanOrEqual", formulae: ["0"], allowBlank: true, ...message("actual") };
  const attained = peer("attained");
  if (input.metric === "applying" && attained) {
    return { area, type: "whole", operator: "between", formulae: ["0", `${at(base)}-${at(attained)}`], allowBlank: true, ...message("applying") };
  }
  return { area, type: "whole", operator: "between", formulae: ["0", at(base)], allowBlank: true, ...message("count") };
}

/** What a template table needs: the campaign, its year, the district, and optional roster figures for the bases. */
export interface CountSheetInput {
  profile: Profile;
  layout: AttachmentLayout;
  year: number;
  unit: District;
  name: string;
  /** The district's figures from a city roster: only their bases are written. */
  rosterFigures?: readonly ComplianceRow[];
}

/**
 * One attachment as a district fills it: its own row only (no 合计), bases from the city roster
 * when given, attained and applying blank; the year's targets beside the row; input cells
 * unlocked and validated (whole numbers ≥ 0, counts within the base), rates locked formulas.
 */
export function templateCountSheet(input: CountSheetInput): { spec: SheetSpec; inputs: TemplateInput[] } {
  const { layout, year, unit } = input;
  const single = singleDistrictProfile(input.profile, unit);
  const own: AttachmentLayout = { ...layout, totalsRow: undefined };
  // Every category gets figures (0 without a roster) so the rates are live formulas over the inputs; the
  // input cells' values are dropped below, leaving only a roster's bases.
  const metrics: ComplianceRow[] = input.profile.categories.map((c) => {
    const fromRoster = input.rosterFigures?.find((m) => m.district === unit.name && m.category === c.id);
    const base = fromRoster?.base ?? 0;
    return { district: unit.name, category: c.id, categoryName: c.name, base, attained: 0, attainedThisYear: 0, applying: 0, creationRate: null, attainmentRate: null, target: null, targetKind: null, actual: null, met: null, gap: null, overdue: null };
  });
  const spec = attachmentSheet(own, { profile: single, year, asOf: `${year}-12-31`, metrics, findings: [], findingsSource: { mode: "internal" }, fonts: DEFAULT_FONTS }, input.name);
  spec.marker = { generator: "anbiao", kind: "template", profile: input.profile.id, key: `template-${layout.id}` };
  const header = headerGrid(withAddedColumns(own, year), year, HEADER_TOP);
  const row = HEADER_TOP + header.depth;
  const inputs: TemplateInput[] = inputColumns(header.columns, input.profile).map((c) => ({ row, col: c.col, category: c.id as string, metric: c.leaf.metric as TemplateInput["metric"] }));
  const isInput = new Set(inputs.map((i) => `${i.row}:${i.col}`));
  // Attained and applying are the district's to type: only bases come from the city's roster.
  spec.cells = spec.cells.filter((c) => !isInput.has(`${c.row}:${c.col}`) || (inputs.find((i) => i.row === c.row && i.col === c.col)?.metric === "base" && input.rosterFigures !== undefined));
  for (const i of inputs) spec.styles.push({ area: { top: i.row, left: i.col, bottom: i.row, right: i.col }, style: { fill: INPUT_FILL } });
  spec.validations = inputs.map((i) => validationOf(i, inputs));
  spec.protection = { unlocked: inputs.map((i) => ({ top: i.row, left: i.col, bottom: i.row, right: i.col })) };

  const targetCol = header.width + 1;
  const categories = [...new Set(inputs.map((i) => i.category))];
  const lines = targetLines(input.profile, categories, year, unit.name);
  spec.cells.push({ row: HEADER_TOP, col: targetCol, value: t("template.targets.header", { year }) }, { row, col: targetCol, value: lines.join("\n") });
  if (header.depth > 1) spec.merges.push({ top: HEADER_TOP, left: targetCol, bottom: row - 1, right: targetCol });
  const targetArea: Area = { top: HEADER_TOP, left: targetCol, bottom: row, right: targetCol };
  spec.styles.push(
    { area: targetArea, style: { fontName: DEFAULT_FONTS.body, fontSize: 10, border: "thin", vertical: "middle", wrap: true } },
    { area: { top: HEADER_TOP, left: targetCol, bottom: row - 1, right: targetCol }, style: { bold: true, horizontal: "center" } },
  );
  spec.columnWidths[targetCol - 1] = TARGET_WIDTH;
  spec.rowHeights[row] = Math.max(spec.rowHeights[row] ?? 0, rowHeightFor(lines.length, 10));
  return { spec, inputs };
}
