import type { Finding } from "../../finding/finding";
import { labelKey } from "../../normalize/text";
import type { RosterRecord } from "../../roster/record";
import { recordFinding } from "../record-finding";
import type { RowRule } from "../row-rule";

/**
 * Records sharing a key, in groups of two or more: groups in the order of their second copy, copies in
 * record order. Most keys are unique: a first pass adds each key to a set once (one lookup, where a
 * map's get-then-set took two), and only keys seen twice are grouped in a second pass.
 */
export function groupBy(records: readonly RosterRecord[], key: (r: RosterRecord) => string | null): RosterRecord[][] {
  const keys: (string | null)[] = new Array<string | null>(records.length);
  const seen = new Set<string>();
  let repeated: Set<string> | null = null;
  for (let i = 0; i < records.length; i++) {
    const k = (keys[i] = key(records[i]));
    if (k === null) continue;
    const size = seen.size;
    seen.add(k);
    if (seen.size === size) (repeated ??= new Set()).add(k);
  }
  if (repeated === null) return [];
  const byKey = new Map<string, RosterRecord[]>();
  const groups: RosterRecord[][] = [];
  for (let i = 0; i < records.length; i++) {
    const k = keys[i];
    if (k === null || !repeated.has(k)) continue;
    const group = byKey.get(k);
    if (group === undefined) byKey.set(k, [records[i]]);
    else if (group.push(records[i]) === 2) groups.push(group);
  }
  return groups;
}

const where = (r: RosterRecord) => `${r.sheet}!${r.row}`;

/** Copies named in full; a larger group (a placeholder code such as 「无」 on 10,000 rows) is reported once with its size. */
const LISTED_COPIES = 5;

function report(rule: string, field: string, groups: RosterRecord[][]): Finding[] {
  const findings: Finding[] = [];
  for (const group of groups) {
    if (group.length <= LISTED_COPIES) {
      for (const r of group) {
        const others = group.filter((o) => o !== r).map(where).join("、");
        findings.push(recordFinding(rule, "error", r, field, { others, value: field === "uscc" ? r.uscc : r.name }, undefined, others));
      }
      continue;
    }
    // n copies each naming the n - 1 others would be n² text: the group is one finding at its first copy.
    const [first, ...rest] = group;
    const list = rest.slice(0, LISTED_COPIES - 1).map(where).join("、");
    const params = { others: `${list}…`, othersKey: "row/duplicate.group", list, count: group.length, value: field === "uscc" ? first.uscc : first.name };
    findings.push(recordFinding(rule, "error", first, field, params, undefined, params.others));
  }
  return findings;
}

/**
 * row/duplicate-uscc and row/duplicate-name: one enterprise listed twice; each copy names the others,
 * or, past LISTED_COPIES, the group is one finding giving its size. Linear in the rows either way.
 */
export const duplicateEnterprise: RowRule = {
  id: "row/duplicate",
  check(ctx) {
    const byUscc = groupBy(ctx.records, (r) => r.uscc);
    // A roster has a few dozen district spellings: key each once, not once per row.
    const districtKeys = new Map<string, string>();
    const districtKey = (d: string) => {
      let k = districtKeys.get(d);
      if (k === undefined) districtKeys.set(d, (k = labelKey(d)));
      return k;
    };
    const byName = groupBy(ctx.records, (r) => (r.uscc || !r.name ? null : `${districtKey(r.district ?? "")}|${labelKey(r.name)}`));
    return [...report("row/duplicate-uscc", "uscc", byUscc), ...report("row/duplicate-name", "name", byName)];
  },
};
