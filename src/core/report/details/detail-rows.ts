import type { Classification } from "../../metrics/classify-records";
import type { CountFigure, IndicatorFigure } from "../../spec/spec";
import type { GroupBlock } from "./group-rows";

/** Rows [first, last] of the 明细 table (0-based, among its data rows) that one figure counts. */
export interface FigureRange {
  first: number;
  last: number;
}

/**
 * The 明细 table's data rows as three parallel columns (record index, category index — or, for an
 * indicator's rows, -1 - the indicator's index — and scope: an index into `scopes`), and each
 * figure's range of them. `scopes` are the districts in output order, then the total (null).
 */
export interface DetailRows {
  record: Int32Array;
  category: Int32Array;
  scope: Int32Array;
  /** A group row's place label (an index into the caller's labels); -1 on every other row. */
  label: Int32Array;
  count: number;
  scopes: (string | null)[];
  ranges: Map<string, FigureRange>;
}

/** The key of a figure in `ranges`. */
export function figureKey(f: CountFigure): string {
  return `${f.district === null ? "\u0000" : f.district}\u0001${f.category}\u0001${f.measure}`;
}

/** The key of an indicator's count in `ranges`. */
export function indicatorKey(f: IndicatorFigure): string {
  return `${f.district === null ? "\u0000" : f.district}\u0001#${f.indicator}`;
}

/** The records an indicator counted, per scope (an index into DetailRows.scopes), in record order. */
export interface IndicatorMembers {
  /** The indicator's index in the profile. */
  indicator: number;
  id: string;
  byScope: number[][];
}

type Member = { record: number; attained: boolean; attainedThisYear: boolean; applying: boolean };

/**
 * Lays the memberships out so every figure is one contiguous range: per category (profile order),
 * per district (output order) its attained (this year's last), then applying, then the other
 * enterprises; the district groups together are the total's base. So attained, applying, this
 * year's attained, attained or applying, and this year's attained or applying are each a range with
 * no row repeated. With districts, a 合计 group follows repeating the category's attained (this
 * year's last) then applying enterprises of every district, so the total's measures are contiguous
 * too (no single order makes them so beside the districts' bases). Without districts (no record has
 * one) the one group is the total. Only `categories` (indexes into the profile's) get rows: those
 * some sheet reports. The indicators' rows follow, then the group figures' block (groupRows), if any.
 */
export function detailRows(classification: Classification, categoryIds: readonly string[], categories: readonly number[], indicators: readonly IndicatorMembers[] = [], groupBlock?: GroupBlock): DetailRows {
  const scopes: (string | null)[] = classification.byDistrict ? [...classification.districts, null] : [null];
  const scopeOf = new Map(scopes.map((s, i) => [s, i]));
  // members[category][scope]
  const members = new Map<number, Member[][]>(categories.map((c) => [c, scopes.map(() => [])]));
  classification.classes.forEach((entry, i) => {
    if (entry.excluded !== null) return;
    const scope = classification.byDistrict ? scopeOf.get(entry.district) : 0;
    if (scope === undefined) return;
    for (const s of entry.standings) members.get(s.category)?.[scope].push({ record: i, attained: s.attained, attainedThisYear: s.attainedThisYear, applying: s.applying });
  });
  let total = 0;
  for (const byScope of members.values()) {
    for (const list of byScope) total += list.length;
    if (classification.byDistrict) for (const list of byScope) total += list.filter((m) => m.attained || m.applying).length;
  }
  for (const ind of indicators) for (const list of ind.byScope) total += list.length;
  if (groupBlock) total += groupBlock.record.length;
  const out: DetailRows = { record: new Int32Array(total), category: new Int32Array(total), scope: new Int32Array(total), label: new Int32Array(total).fill(-1), count: 0, scopes, ranges: new Map() };
  const push = (m: Member, c: number, scope: number) => {
    out.record[out.count] = m.record;
    out.category[out.count] = c;
    out.scope[out.count] = scope;
    out.count++;
  };
  const range = (district: string | null, c: number, measure: CountFigure["measure"], first: number) => {
    if (out.count > first) out.ranges.set(figureKey({ district, category: categoryIds[c], measure }), { first, last: out.count - 1 });
  };
  /** Attained (earlier years' first, this year's last) then applying rows of `lists`, written as `scope`, with the ranges of `district`'s measures among them. */
  const attainedThenApplying = (lists: readonly Member[][], c: number, scope: number, district: string | null) => {
    const attainedFirst = out.count;
    for (const list of lists) for (const m of list) if (m.attained && !m.attainedThisYear) push(m, c, scope);
    const newlyFirst = out.count;
    for (const list of lists) for (const m of list) if (m.attainedThisYear) push(m, c, scope);
    range(district, c, "attained", attainedFirst);
    range(district, c, "newlyAttained", newlyFirst);
    const applyingFirst = out.count;
    for (const list of lists) for (const m of list) if (m.applying) push(m, c, scope);
    range(district, c, "applying", applyingFirst);
    range(district, c, "attainedOrApplying", attainedFirst);
    range(district, c, "newlyAttainedOrApplying", newlyFirst);
  };
  const totalScope = scopes.length - 1;
  for (const c of categories) {
    const byScope = members.get(c)!;
    const categoryFirst = out.count;
    const groups = classification.byDistrict ? scopes.length - 1 : 1;
    for (let k = 0; k < groups; k++) {
      const list = byScope[k];
      const district = scopes[k];
      const first = out.count;
      attainedThenApplying([list], c, k, district);
      for (const m of list) if (!m.attained && !m.applying) push(m, c, k);
      range(district, c, "base", first);
    }
    if (!classification.byDistrict) continue;
    range(null, c, "base", categoryFirst);
    attainedThenApplying(byScope.slice(0, groups), c, totalScope, null);
  }
  // An indicator's rows follow the categories, district by district: its districts' counts are
  // each a range and together the total's (an indicator has no attained/applying split).
  for (const ind of indicators) {
    const first = out.count;
    ind.byScope.forEach((list, k) => {
      const from = out.count;
      for (const record of list) push({ record, attained: false, attainedThisYear: false, applying: false }, -1 - ind.indicator, k);
      if (out.count > from && scopes[k] !== null) out.ranges.set(indicatorKey({ district: scopes[k], indicator: ind.id }), { first: from, last: out.count - 1 });
    });
    if (out.count > first) out.ranges.set(indicatorKey({ district: null, indicator: ind.id }), { first, last: out.count - 1 });
  }
  // The group figures' block (groupRows) follows, its ranges shifted to where it starts.
  if (groupBlock) {
    const at = out.count;
    for (let i = 0; i < groupBlock.record.length; i++) {
      push({ record: groupBlock.record[i], attained: false, attainedThisYear: false, applying: false }, groupBlock.category[i], groupBlock.scope[i]);
      out.label[out.count - 1] = groupBlock.label[i];
    }
    for (const [key, r] of groupBlock.ranges) out.ranges.set(key, { first: at + r.first, last: at + r.last });
  }
  return out;
}
