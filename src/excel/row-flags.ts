// Row flags: one custom conditional format per rule and severity over the flagged sheet's rows, its
// formula reading a very hidden helper sheet that holds, per row, which flags apply. So a sheet of
// 5,000 findings gets O(rules) formats, the user's cells are never written, and clearing deletes
// exactly the recorded formats and the helper column, leaving the sheet as it was.
import { maxOf, minOf } from "../core/collections";
import { UserError } from "../core/errors";
import type { Finding, Severity } from "../core/finding/finding";
import type { FlagResult } from "../port/workbook-port";

/** The very hidden sheet holding the flag codes, one column per flagged sheet. */
export const FLAG_SHEET = "anbiao_flags";
/** The workbook setting recording what addFlags added (ExcelApi 1.4 settings). */
export const FLAG_SETTING = "anbiao.flags";

/** What the flags of one sheet are: the helper column and the conditional formats added. */
export interface FlagRecord {
  sheet: string;
  column: number;
  formats: string[];
}

/** Flag records by worksheet id. */
export type FlagRecords = Record<string, FlagRecord>;

const STYLE: Record<Severity, { fill: string; font: string }> = {
  error: { fill: "#FFC7CE", font: "#9C0006" },
  warning: { fill: "#FFEB9C", font: "#9C5700" },
  info: { fill: "#DDEBF7", font: "#1F4E78" },
};
const ORDER: Severity[] = ["info", "warning", "error"];

function columnLetters(col: number): string {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Parses the recorded flags, tolerating a setting someone emptied. */
export function parseRecords(value: unknown): FlagRecords {
  if (typeof value !== "string" || value === "") return {};
  try {
    const parsed = JSON.parse(value) as unknown;
    return parsed && typeof parsed === "object" ? (parsed as FlagRecords) : {};
  } catch {
    return {};
  }
}

/** Adds the flags of one sheet in three syncs (read, write, record). */
export async function addRowFlags(ctx: Excel.RequestContext, sheet: string, findings: readonly Finding[]): Promise<FlagResult> {
  const ws = ctx.workbook.worksheets.getItemOrNullObject(sheet).load("id,name");
  const used = ws.getUsedRangeOrNullObject(true).load("columnIndex,columnCount");
  const setting = ctx.workbook.settings.getItemOrNullObject(FLAG_SETTING).load("value");
  const helper = ctx.workbook.worksheets.getItemOrNullObject(FLAG_SHEET).load("name");
  const existing = ws.getRange().conditionalFormats.load("items/id");
  await ctx.sync();
  if (ws.isNullObject) throw new UserError("adapter.sheetMissing", { sheet });
  const records = setting.isNullObject ? {} : parseRecords(setting.value);
  const previous = records[ws.id];
  const own = findings.filter((f) => f.sheet === ws.name && typeof f.row === "number" && f.row >= 1);
  // One code per rule and severity, errors painted over warnings over infos.
  const kinds = [...new Set(own.map((f) => `${f.severity}\u0000${f.rule}`))].sort((a, b) => ORDER.indexOf(a.split("\u0000")[0] as Severity) - ORDER.indexOf(b.split("\u0000")[0] as Severity));
  const codeOf = new Map(kinds.map((k, i) => [k, i + 1]));
  const rows = new Map<number, Set<number>>();
  for (const f of own) {
    let set = rows.get(f.row as number);
    if (!set) rows.set(f.row as number, (set = new Set()));
    set.add(codeOf.get(`${f.severity}\u0000${f.rule}`) as number);
  }
  const present = new Set(existing.items.map((cf) => cf.id));
  for (const id of previous?.formats ?? []) if (present.has(id)) existing.getItem(id).delete();
  const used0 = Object.values(records).filter((r) => r !== previous).map((r) => r.column);
  const column = previous?.column ?? maxOf(used0, 0) + 1;
  const sheetHelper = helper.isNullObject ? ctx.workbook.worksheets.add(FLAG_SHEET) : ctx.workbook.worksheets.getItem(FLAG_SHEET);
  if (helper.isNullObject) sheetHelper.visibility = "VeryHidden";
  sheetHelper.getRangeByIndexes(0, column - 1, 1_048_576, 1).clear("Contents");
  const made: Excel.ConditionalFormat[] = [];
  if (rows.size > 0 && !used.isNullObject) {
    const first = minOf(rows.keys()), last = maxOf(rows.keys());
    const codes: string[][] = [];
    for (let r = first; r <= last; r++) {
      const set = rows.get(r);
      codes.push([set ? `|${[...set].join("|")}|` : ""]);
    }
    sheetHelper.getRangeByIndexes(first - 1, column - 1, codes.length, 1).values = codes;
    const target = ws.getRangeByIndexes(first - 1, used.columnIndex, last - first + 1, used.columnCount);
    const ref = `'${FLAG_SHEET}'!$${columnLetters(column)}${first}`;
    for (const k of kinds) {
      const [severity] = k.split("\u0000") as [Severity];
      const cf = target.conditionalFormats.add("Custom");
      cf.custom.rule.formula = `=ISNUMBER(SEARCH("|${codeOf.get(k)}|",${ref}))`;
      cf.custom.format.fill.color = STYLE[severity].fill;
      cf.custom.format.font.color = STYLE[severity].font;
      made.push(cf.load("id"));
    }
  }
  await ctx.sync();
  records[ws.id] = { sheet: ws.name, column, formats: made.map((cf) => cf.id) };
  ctx.workbook.settings.add(FLAG_SETTING, JSON.stringify(records));
  await ctx.sync();
  return { sheet: ws.name, rows: rows.size, formats: made.length, ignored: findings.length - own.length };
}

/** Removes the recorded flags (of one sheet or all); the helper sheet goes with the last. Returns the sheets cleared. */
export async function clearRowFlags(ctx: Excel.RequestContext, sheet?: string): Promise<number> {
  const setting = ctx.workbook.settings.getItemOrNullObject(FLAG_SETTING).load("value");
  const helper = ctx.workbook.worksheets.getItemOrNullObject(FLAG_SHEET).load("name");
  await ctx.sync();
  const records = setting.isNullObject ? {} : parseRecords(setting.value);
  const ids = Object.keys(records);
  const targets = ids.map((id) => ({ id, ws: ctx.workbook.worksheets.getItemOrNullObject(id).load("name") }));
  const formats = targets.map((t) => t.ws.getRange().conditionalFormats.load("items/id"));
  if (targets.length > 0) await ctx.sync();
  let cleared = 0;
  targets.forEach((t, i) => {
    const name = t.ws.isNullObject ? records[t.id].sheet : t.ws.name;
    if (sheet !== undefined && name !== sheet) return;
    if (!t.ws.isNullObject) {
      const present = new Set(formats[i].items.map((cf) => cf.id));
      for (const id of records[t.id].formats) if (present.has(id)) formats[i].getItem(id).delete();
    }
    if (!helper.isNullObject) ctx.workbook.worksheets.getItem(FLAG_SHEET).getRangeByIndexes(0, records[t.id].column - 1, 1_048_576, 1).clear("Contents");
    delete records[t.id];
    cleared++;
  });
  if (Object.keys(records).length === 0) {
    if (!helper.isNullObject) ctx.workbook.worksheets.getItem(FLAG_SHEET).delete();
    if (!setting.isNullObject) ctx.workbook.settings.getItem(FLAG_SETTING).delete();
  } else ctx.workbook.settings.add(FLAG_SETTING, JSON.stringify(records));
  await ctx.sync();
  return cleared;
}
