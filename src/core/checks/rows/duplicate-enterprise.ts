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

function report(rule: string, field: string, groups: RosterRecord[][]): Finding[] {
  return groups.flatMap((group) =>
    group.map((r) => {
      const others = group.filter((o) => o !== r).map(where).join("、");
      return recordFinding(rule, "error", r, field, { others, value: field === "uscc" ? r.uscc : r.name }, undefined, others);
    }),
  );
}

/** row/duplicate-uscc and row/duplicate-name: one enterprise listed twice; each copy names the others. */
export const duplicateEnterprise: RowRule = {
  id: "row/duplicate",
  check(ctx) {
    const byUscc = groupBy(ctx.records, (r) => r.uscc);
    const byName = groupBy(ctx.records, (r) => (r.uscc || !r.name ? null : `${labelKey(r.district ?? "")}|${labelKey(r.name)}`));
    return [...report("row/duplicate-uscc", "uscc", byUscc), ...report("row/duplicate-name", "name", byName)];
  },
};
