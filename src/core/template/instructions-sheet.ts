import { t } from "../i18n/translate";
import type { AttachmentLayout, Profile } from "../profile/schema";
import { withAddedColumns } from "../report/attachment/added-columns";
import { headerGrid } from "../report/attachment/header-grid";
import { rowHeightFor, wrappedLines } from "../report/sizing";
import { emptySheetSpec, type SheetSpec } from "../spec/spec";
import { ROSTER_COLUMNS, rosterHeader } from "./roster-template";

const WIDTH = 90;

/** The profile's deadlines that fall in the template's year (yearly ones on that year's date); later ones when none does. */
export function returnDeadlines(profile: Profile, year: number): { date: string; what: string }[] {
  const all = (profile.deadlines ?? []).map((d) => ({ date: d.date ?? `${year}-${d.yearly}`, what: d.what }));
  const inYear = all.filter((d) => d.date.startsWith(`${year}-`));
  const chosen = inYear.length > 0 ? inYear : all.filter((d) => d.date >= `${year}-01-01`);
  return chosen.sort((a, b) => a.date.localeCompare(b.date));
}

const METRIC_MEANING: Record<string, string> = {
  base: "template.meaning.base",
  attained: "template.meaning.attained",
  applying: "template.meaning.applying",
  actual: "template.meaning.actual",
  creationRate: "template.meaning.rate",
  attainmentRate: "template.meaning.rate",
  actualRate: "template.meaning.rate",
  target: "template.meaning.target",
};

function tableColumnLines(layouts: readonly AttachmentLayout[], year: number): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const layout of layouts) {
    for (const c of headerGrid(withAddedColumns(layout, year), year, 1).columns) {
      const key = METRIC_MEANING[c.leaf.metric ?? ""];
      const header = c.leaf.text.replace(/\{year\}/g, String(year));
      if (!key || seen.has(header)) continue;
      seen.add(header);
      out.push(t("template.instr.column", { header, meaning: t(key) }));
    }
  }
  return out;
}

/** What the instructions sheet names: the campaign, the district, the year and the other sheets. */
export interface InstructionsInput {
  profile: Profile;
  district: string;
  year: number;
  layouts: readonly AttachmentLayout[];
  tableSheets: readonly string[];
  rosterSheet: string;
}

/** 填报说明: what each sheet and column is for, by when to return the file, and what not to change; prints on A4. */
export function instructionsSheet(input: InstructionsInput, name: string, fonts: { heading: string; body: string }): SheetSpec {
  const { profile, district, year } = input;
  const spec = emptySheetSpec(name, { generator: "anbiao", kind: "template", profile: profile.id, key: "template-instructions" });
  const deadlines = returnDeadlines(profile, year);
  const lines = [
    t("template.instr.issuer", { issuer: profile.issuer, document: profile.documentNumber ?? "", year, district }),
    t("template.instr.tables", { sheet: input.tableSheets.join("、") }),
    t("template.instr.roster", { sheet: input.rosterSheet }),
    t("template.instr.columns"),
    ...tableColumnLines(input.layouts, year),
    ...ROSTER_COLUMNS.map((c) => t("template.instr.column", { header: rosterHeader(c.field), meaning: t(c.field === "applying" ? "template.meaning.applying.roster" : `template.meaning.${c.field}`) })),
    t("template.instr.deadlines"),
    ...(deadlines.length > 0 ? deadlines.map((d) => t("template.instr.deadline", d)) : [t("template.instr.noDeadline")]),
    t("template.instr.keep"),
  ];
  spec.cells.push({ row: 1, col: 1, value: t("template.instr.title", { title: profile.title, district }) });
  lines.forEach((text, i) => {
    spec.cells.push({ row: i + 2, col: 1, value: text });
    spec.rowHeights[i + 2] = rowHeightFor(wrappedLines(text, WIDTH), 11);
  });
  spec.rowHeights[1] = rowHeightFor(wrappedLines(String(spec.cells[0].value), WIDTH), 16);
  spec.columnWidths = [WIDTH];
  spec.styles.push(
    { area: { top: 1, left: 1, bottom: 1, right: 1 }, style: { fontName: fonts.heading, fontSize: 16, horizontal: "center", vertical: "middle", wrap: true } },
    { area: { top: 2, left: 1, bottom: lines.length + 1, right: 1 }, style: { fontName: fonts.body, fontSize: 11, vertical: "top", wrap: true } },
  );
  spec.protection = { unlocked: [] };
  spec.print = { orientation: "portrait", paperSize: "A4", fitToWidth: true, margins: { left: 0.7, right: 0.7, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 }, footer: t("sheet.footer"), horizontallyCentered: true };
  return spec;
}
