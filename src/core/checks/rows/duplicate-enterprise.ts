import type { Finding } from "../../finding/finding";
import { labelKey } from "../../normalize/text";
import type { RosterRecord } from "../../roster/record";
import { recordFinding } from "../record-finding";
import type { RowRule } from "../row-rule";

function groupBy(records: readonly RosterRecord[], key: (r: RosterRecord) => string | null): RosterRecord[][] {
  // Most keys are unique: keep the first record alone and make a group only on a second sighting.
  const first = new Map<string, RosterRecord | RosterRecord[]>();
  const groups: RosterRecord[][] = [];
  for (const r of records) {
    const k = key(r);
    if (k === null) continue;
    const seen = first.get(k);
    if (seen === undefined) first.set(k, r);
    else if (Array.isArray(seen)) seen.push(r);
    else {
      const group = [seen, r];
      first.set(k, group);
      groups.push(group);
    }
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
