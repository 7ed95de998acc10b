import type { CellValue } from "../grid/grid";
import { isFlagToken } from "../normalize/parse-flag";
import { labelKey } from "../normalize/text";
import { INDEX_HEADERS } from "./fields";
import { headerMatcher, type HeaderMatch } from "./match-header";
import { resolveOverrideField } from "./resolve-override";
import type { ColumnMapping, HeaderColumn, MapOptions, MappedColumn } from "./types";

/** Share of a column's non-blank values that must be yes/no tokens for it to be a flag column. */
const FLAG_SHARE = 0.8;

function flagLike(header: string, values: readonly CellValue[] | undefined): boolean {
  const asked = labelKey(header).startsWith("是否");
  let filled = 0, tokens = 0;
  for (const v of values ?? []) {
    if (v === null || (typeof v === "string" && v.trim() === "")) continue;
    filled++;
    // Columns of 1/0 alone could be counts; only a 是否 header makes them flags.
    if (isFlagToken(v, !asked)) tokens++;
  }
  if (filled === 0) return asked;
  return tokens / filled >= FLAG_SHARE;
}

function overrideTargets(columns: readonly HeaderColumn[], options: MapOptions): { byCol: Map<number, string | null>; unused: string[] } {
  const byCol = new Map<number, string | null>();
  const unused: string[] = [];
  for (const [header, target] of Object.entries(options.overrides ?? {})) {
    const field = resolveOverrideField(target, options.extraFields);
    const key = labelKey(header);
    const hit = columns.filter((c) =>
      c.column === key || (c.path.length > 0 && (labelKey(c.path[c.path.length - 1]) === key || labelKey(c.path.join("")) === key)),
    );
    if (hit.length === 0) unused.push(header);
    for (const c of hit) byCol.set(c.col, field);
  }
  return { byCol, unused };
}

function tierOf(m: HeaderMatch): number {
  return m.confidence === "partial" ? 1 : 0;
}

/**
 * Maps header columns to fields: overrides first, then the best-matching column per field (exact and
 * synonym before partial, earlier synonyms first, then leftmost); yes/no columns that match no field
 * become category flags, the 序号 column the index. An override naming an unknown field throws a UserError.
 */
export function mapColumns(columns: readonly HeaderColumn[], options: MapOptions = {}): ColumnMapping {
  const match = headerMatcher(options.extraFields);
  const { byCol, unused } = overrideTargets(columns, options);
  const extraIds = new Set((options.extraFields ?? []).map((f) => f.id));
  const mapped: MappedColumn[] = columns.map((c) => ({
    col: c.col, column: c.column, header: c.path.join(" / "), path: c.path, role: "unmapped", field: null, confidence: null,
  }));
  const fields: Partial<Record<string, MappedColumn>> = {};
  byCol.forEach((field, col) => {
    const m = mapped.find((x) => x.col === col)!;
    m.confidence = "override";
    if (field === null) return;
    m.role = extraIds.has(field) ? "extra" : "field";
    m.field = field;
    fields[field] = m;
  });
  const candidates = columns
    .map((c, i) => ({ i, m: byCol.has(c.col) ? null : match(c.path) }))
    .filter((x): x is { i: number; m: HeaderMatch } => x.m !== null)
    .sort((a, b) => tierOf(a.m) - tierOf(b.m) || a.m.rank - b.m.rank || a.i - b.i);
  const duplicates: ColumnMapping["duplicates"] = [];
  for (const { i, m } of candidates) {
    const col = mapped[i];
    const taken = fields[m.field];
    if (taken) {
      duplicates.push({ column: col, field: m.field, takenBy: taken.column });
      continue;
    }
    Object.assign(col, { role: m.role, field: m.field, confidence: m.confidence, matched: m.matched });
    fields[m.field] = col;
  }
  for (const [i, col] of mapped.entries()) {
    if (col.role !== "unmapped" || col.confidence === "override" || col.path.length === 0) continue;
    const leaf = col.path[col.path.length - 1];
    if (INDEX_HEADERS.has(labelKey(leaf))) Object.assign(col, { role: "index", confidence: "exact" });
    else if (flagLike(leaf, columns[i].values)) {
      col.role = "flag";
      col.flagKey = labelKey(leaf).replace(/^是否/, "");
      col.confidence = "values";
      // A group of √ columns under 所属行业 or 企业类别 is that field, one leaf per value.
      const group = col.path.length > 1 ? match(col.path.slice(0, -1)) : null;
      if (group && (group.field === "sector" || group.field === "category") && !fields[group.field]) col.groupField = group.field;
    }
  }
  const unmapped = mapped.filter((c) => c.role === "unmapped" && c.path.length > 0);
  return { columns: mapped, fields, unmapped, duplicates, unusedOverrides: unused };
}
