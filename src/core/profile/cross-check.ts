import type { HeaderNode, Profile, TargetEntry, YearTargets } from "./schema";
import type { ProfilePath, RawProfileIssue } from "./issue";
import { districtKeys } from "./district-key";
import { PROFILE_LIMITS } from "./limits";

/** Canonical roster fields a match condition may name besides the profile's rosterFields. */
const CANONICAL_FIELDS = new Set([
  "name", "uscc", "district", "sector", "scale", "category", "grade", "status",
  "certificateNumber", "issueDate", "expiryDate", "applying", "remark",
]);

type Push = (path: ProfilePath, key: string, params?: Record<string, string | number>) => void;

function checkUnique(items: readonly { id: string }[] | undefined, base: ProfilePath, seen: Map<string, string>, push: Push): void {
  items?.forEach((item, i) => {
    const first = seen.get(item.id);
    if (first !== undefined) push([...base, i, "id"], "profile.ref.duplicate", { ref: item.id, first });
    else seen.set(item.id, `${base.join(".")}[${i}]`);
  });
}

function listOf(ids: Iterable<string>): string {
  return [...ids].join(", ");
}

function checkEntry(entry: TargetEntry, path: ProfilePath, countable: Set<string>, profile: Profile, push: Push): void {
  const values = Array.isArray(entry) ? entry : [entry];
  values.forEach((v, i) => {
    if (typeof v !== "object") return;
    const at = Array.isArray(entry) ? [...path, i] : path;
    v.of?.forEach((ref, j) => {
      if (!countable.has(ref)) push([...at, "of", j], "profile.ref.unknownCountable", { ref, known: listOf(countable) });
    });
    if (v.per === "sector" && !(profile.sectors?.length)) push([...at, "per"], "profile.ref.noSectors");
  });
}

function checkTargets(targets: YearTargets | undefined, path: ProfilePath, countable: Set<string>, profile: Profile, push: Push): void {
  for (const [year, entry] of Object.entries(targets ?? {})) checkEntry(entry, [...path, year], countable, profile, push);
}

function checkHeader(nodes: readonly HeaderNode[], path: ProfilePath, categories: Set<string>, indicators: Set<string>, push: Push): void {
  nodes.forEach((node, i) => {
    const at = [...path, i];
    const isGroup = node.children !== undefined;
    if (isGroup === (node.metric !== undefined)) push(at, "profile.expected.headerNode", { text: node.text });
    if (node.category !== undefined && !categories.has(node.category)) push([...at, "category"], "profile.ref.unknownCategory", { ref: node.category, known: listOf(categories) });
    if (node.countsOf !== undefined && !categories.has(node.countsOf)) push([...at, "countsOf"], "profile.ref.unknownCategory", { ref: node.countsOf, known: listOf(categories) });
    if (node.indicator !== undefined && !indicators.has(node.indicator)) push([...at, "indicator"], "profile.ref.unknownIndicator", { ref: node.indicator, known: listOf(indicators) });
    if (node.children) checkHeader(node.children, [...at, "children"], categories, indicators, push);
  });
}

/**
 * Checks what the schema alone cannot: ids unique, every reference (target shares, district
 * targets, phases, attachment bindings, match fields) naming something the profile defines,
 * district names and aliases pointing to one unit only.
 */
export function crossCheck(profile: Profile): RawProfileIssue[] {
  const issues: RawProfileIssue[] = [];
  const push: Push = (path, key, params = {}) => issues.push({ path, key, params });
  const categories = new Set(profile.categories.map((c) => c.id));
  const indicators = new Set((profile.indicators ?? []).map((c) => c.id));
  const countable = new Set([...categories, ...indicators]);
  const units = profile.districts.mode === "listed" ? profile.districts.units : [];
  const unitIds = new Set(units.map((u) => u.id));
  const fields = new Set([...CANONICAL_FIELDS, ...(profile.rosterFields ?? []).map((f) => f.id)]);
  const phases = new Set((profile.phases ?? []).map((p) => p.id));
  const attachments = new Set((profile.attachments ?? []).map((a) => a.id));

  const countableSeen = new Map<string, string>();
  checkUnique(profile.categories, ["categories"], countableSeen, push);
  checkUnique(profile.indicators, ["indicators"], countableSeen, push);
  checkUnique(units, ["districts", "units"], new Map(), push);
  // Every district × category (and indicator) is a metric row of every check and summary.
  const rows = units.length * countable.size;
  if (rows > PROFILE_LIMITS.metricRows) push(["districts", "units"], "profile.ref.tooManyRows", { districts: units.length, countables: countable.size, rows, limit: PROFILE_LIMITS.metricRows });
  for (const [list, name] of [[profile.sectors, "sectors"], [profile.rosterFields, "rosterFields"], [profile.phases, "phases"], [profile.deadlines, "deadlines"], [profile.attachments, "attachments"], [profile.figures, "figures"], [profile.discrepancies, "discrepancies"]] as const) {
    checkUnique(list, [name], new Map(), push);
  }

  const owner = new Map<string, string>();
  units.forEach((u, i) => {
    [u.name, ...u.aliases].forEach((text, j) => {
      const keys = districtKeys(text);
      const prior = keys.map((k) => owner.get(k)).find((o) => o !== undefined && o !== u.id);
      if (prior !== undefined) push(j === 0 ? ["districts", "units", i, "name"] : ["districts", "units", i, "aliases", j - 1], "profile.ref.ambiguousDistrict", { text, other: prior });
      else keys.forEach((k) => owner.set(k, u.id));
    });
  });

  const checkMatch = (clauses: Profile["categories"][number]["match"], path: ProfilePath) =>
    clauses?.forEach((clause, i) =>
      clause.fields?.forEach((f, j) => {
        if (!fields.has(f.id)) push([...path, i, "fields", j, "id"], "profile.ref.unknownField", { ref: f.id, known: listOf(fields) });
      }),
    );
  const checkDistrictTargets = (dt: Record<string, YearTargets> | undefined, path: ProfilePath) => {
    for (const [district, targets] of Object.entries(dt ?? {})) {
      if (!unitIds.has(district)) push([...path, district], "profile.ref.unknownDistrict", { ref: district, known: listOf(unitIds) });
      checkTargets(targets, [...path, district], countable, profile, push);
    }
  };

  profile.categories.forEach((c, i) => {
    const at = ["categories", i];
    checkMatch(c.match, [...at, "match"]);
    checkTargets(c.targets, [...at, "targets"], countable, profile, push);
    checkDistrictTargets(c.districtTargets, [...at, "districtTargets"]);
    if (c.goal) checkEntry(c.goal, [...at, "goal"], countable, profile, push);
    if (c.phase !== undefined && !phases.has(c.phase)) push([...at, "phase"], "profile.ref.unknownPhase", { ref: c.phase, known: listOf(phases) });
  });
  profile.indicators?.forEach((ind, i) => {
    const at = ["indicators", i];
    if (ind.within !== undefined && !categories.has(ind.within)) push([...at, "within"], "profile.ref.unknownCategory", { ref: ind.within, known: listOf(categories) });
    checkMatch(ind.match, [...at, "match"]);
    checkTargets(ind.targets, [...at, "targets"], countable, profile, push);
    checkDistrictTargets(ind.districtTargets, [...at, "districtTargets"]);
  });
  profile.phases?.forEach((p, i) =>
    p.categories.forEach((ref, j) => {
      if (!categories.has(ref)) push(["phases", i, "categories", j], "profile.ref.unknownCategory", { ref, known: listOf(categories) });
    }),
  );
  profile.attachments?.forEach((a, i) => {
    const at = ["attachments", i];
    checkHeader(a.headerRows, [...at, "headerRows"], categories, indicators, push);
    if (a.rows.source === "categories") {
      a.rows.categories?.forEach((ref, j) => {
        if (!categories.has(ref)) push([...at, "rows", "categories", j], "profile.ref.unknownCategory", { ref, known: listOf(categories) });
      });
    }
    if (a.rows.source === "explicit") {
      a.rows.rows.forEach((row, j) => {
        if (row.category !== undefined && !categories.has(row.category)) push([...at, "rows", "rows", j, "category"], "profile.ref.unknownCategory", { ref: row.category, known: listOf(categories) });
        if (row.indicator !== undefined && !indicators.has(row.indicator)) push([...at, "rows", "rows", j, "indicator"], "profile.ref.unknownIndicator", { ref: row.indicator, known: listOf(indicators) });
      });
    }
  });
  profile.discrepancies?.forEach((d, i) => {
    if (d.category !== undefined && !categories.has(d.category)) push(["discrepancies", i, "category"], "profile.ref.unknownCategory", { ref: d.category, known: listOf(categories) });
    if (d.attachment !== undefined && !attachments.has(d.attachment)) push(["discrepancies", i, "attachment"], "profile.ref.unknownAttachment", { ref: d.attachment, known: listOf(attachments) });
  });
  return issues;
}
