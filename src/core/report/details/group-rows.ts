import type { FigureRange } from "./detail-rows";

/** One 明细 row a group figure needs: the record, the category its standing is shown in (-1 none), and its place label (an index into the labels). */
export interface GroupItem {
  record: number;
  category: number;
  label: number;
}

/** A group figure to lay out: its key, its scope (an index into DetailRows.scopes), the family it nests in, and its members. */
export interface GroupEntry {
  key: string;
  scope: number;
  /** Figures of one family and scope share rows where they nest (a 附件2 row's 标杆, total and 提升; a stage's base and attained). */
  family: string;
  /** True for the total's figures: laid out after every district's, so a total that is its districts together is their rows. */
  total: boolean;
  /** How many parts the figure sums: the total's groups of fewer parts are laid out first (附件2's rows before their 合计). */
  parts: number;
  items: GroupItem[];
}

/** The group block's rows as parallel columns, and each figure's range among them (0-based within the block). */
export interface GroupBlock {
  record: number[];
  category: number[];
  scope: number[];
  label: number[];
  ranges: Map<string, FigureRange>;
}

const identity = (i: GroupItem) => `${i.record}\u0001${i.label}`;

/**
 * Lays the group figures out so each is one contiguous range, sharing rows where figures nest.
 * Families go district figures first (one family's districts together, so a total that is their
 * union is their rows too), the total's after, those of fewer parts first. Within a family and
 * scope the largest figure's rows come ordered by the others' membership — [first only][both][second
 * only][the rest] — which makes a base and two subsets of it all contiguous (a 附件2 row's 标杆 and
 * 提升 within its 企业总数; a stage's attained within its base). A figure whose members are already one
 * contiguous run of rows links there; any other gets rows of its own.
 */
export function groupRows(entries: readonly GroupEntry[]): GroupBlock {
  const out: GroupBlock = { record: [], category: [], scope: [], label: [], ranges: new Map() };
  const first = new Map<string, number>();
  const push = (item: GroupItem, scope: number) => {
    const id = identity(item);
    if (!first.has(id)) first.set(id, out.record.length);
    out.record.push(item.record);
    out.category.push(item.category);
    out.scope.push(scope);
    out.label.push(item.label);
  };
  /** The range the figure's members already fill exactly, if they do. */
  const existing = (e: GroupEntry): FigureRange | null => {
    let lo = Infinity, hi = -1;
    const seen = new Set<number>();
    for (const item of e.items) {
      const at = first.get(identity(item));
      if (at === undefined || seen.has(at)) return null;
      seen.add(at);
      lo = Math.min(lo, at);
      hi = Math.max(hi, at);
    }
    return hi - lo + 1 === e.items.length ? { first: lo, last: hi } : null;
  };
  const familyOrder = new Map<string, number>();
  for (const e of entries) if (!familyOrder.has(e.family)) familyOrder.set(e.family, familyOrder.size);
  const order = entries
    .filter((e) => e.items.length > 0)
    .map((e, i) => ({ e, i }))
    .sort((a, b) => Number(a.e.total) - Number(b.e.total) || (a.e.total ? a.e.parts - b.e.parts : 0) || familyOrder.get(a.e.family)! - familyOrder.get(b.e.family)! || a.e.scope - b.e.scope || a.i - b.i)
    .map((x) => x.e);
  for (let k = 0; k < order.length; ) {
    let end = k;
    while (end < order.length && order[end].family === order[k].family && order[end].scope === order[k].scope && order[end].total === order[k].total) end++;
    const family = order.slice(k, end);
    k = end;
    const placed = new Map<string, FigureRange>();
    const pending = family.filter((e) => {
      const r = existing(e);
      if (r) placed.set(e.key, r);
      return !r;
    });
    if (pending.length > 0) {
      // The largest pending figure's rows, then any other members it lacks, ordered by two subsets' membership.
      const base = pending.reduce((a, b) => (b.items.length > a.items.length ? b : a));
      const [a, b] = pending.filter((e) => e !== base).map((e) => new Set(e.items.map(identity)));
      const items: GroupItem[] = base.items.slice();
      const have = new Set(items.map(identity));
      for (const e of pending) {
        for (const item of e.items) {
          if (have.has(identity(item))) continue;
          have.add(identity(item));
          items.push(item);
        }
      }
      const rank = (item: GroupItem) => {
        const id = identity(item);
        const inA = a?.has(id) ?? false, inB = b?.has(id) ?? false;
        return inA && !inB ? 0 : inA ? 1 : inB ? 2 : 3;
      };
      const ranked = items.map((item, i) => ({ item, i, r: rank(item) })).sort((x, y) => x.r - y.r || x.i - y.i);
      for (const { item } of ranked) if (!first.has(identity(item))) push(item, base.scope);
      for (const e of pending) {
        const r = existing(e);
        if (r) placed.set(e.key, r);
        else {
          // Not contiguous in the shared rows: its own rows, in its own order.
          const from = out.record.length;
          for (const item of e.items) push(item, e.scope);
          placed.set(e.key, { first: from, last: out.record.length - 1 });
        }
      }
    }
    for (const [key, r] of placed) out.ranges.set(key, r);
  }
  return out;
}
