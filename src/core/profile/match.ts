import { validUntil } from "../calendar/validity";
import { labelKey } from "../normalize/text";
import type { RosterRecord } from "../roster/record";
import { labelMatches } from "./label-match";
import type { Category, FieldCondition, Indicator, MatchClause } from "./schema";

type FieldValue = string | number | boolean | null | undefined;

function fieldValue(record: RosterRecord, id: string): FieldValue {
  if (id in record.extras) return record.extras[id];
  // A certificate expires on its stated day, or three years after issue when the roster states none.
  if (id === "expiryDate") return validUntil(record);
  const canonical = (record as unknown as Record<string, unknown>)[id];
  if (Array.isArray(canonical)) return canonical.length > 0 ? canonical.join("、") : null;
  return canonical as FieldValue;
}

/** Dates compare as ISO text; a year compares with the year part of a bound. */
function withinBounds(value: string | number, from?: string, to?: string): boolean {
  const text = typeof value === "number" ? String(value) : value;
  const cut = (bound: string) => (typeof value === "number" ? bound.slice(0, 4) : bound);
  if (from !== undefined && text < cut(from)) return false;
  if (to !== undefined && text > cut(to)) return false;
  return true;
}

function fieldHolds(record: RosterRecord, cond: FieldCondition): boolean {
  const value = fieldValue(record, cond.id);
  if (cond.empty) return value === null || value === undefined || value === "";
  if (value === null || value === undefined || value === "") return false;
  if (cond.equals !== undefined) {
    if (typeof cond.equals === "string" && typeof value === "string") return labelKey(value) === labelKey(cond.equals);
    return value === cond.equals;
  }
  if (cond.from !== undefined || cond.to !== undefined) {
    return typeof value !== "boolean" && withinBounds(value, cond.from, cond.to);
  }
  return value !== false;
}

function hasLabel(record: RosterRecord, labels: readonly string[]): boolean {
  return labels.some(
    (label) =>
      record.categories.some((c) => labelMatches(c, label)) ||
      Object.entries(record.flags).some(([header, on]) => on && labelMatches(header, label)),
  );
}

function textHas(text: string | null, labels: readonly string[]): boolean {
  return text !== null && labels.some((label) => labelMatches(text, label));
}

/** True when every condition of one clause holds for the record. */
export function clauseHolds(record: RosterRecord, clause: MatchClause): boolean {
  if (clause.labels && !hasLabel(record, clause.labels)) return false;
  if (clause.sectors && !textHas(record.sector, clause.sectors)) return false;
  if (clause.scales && !textHas(record.scale, clause.scales)) return false;
  if (clause.sizes && !textHas(record.size, clause.sizes)) return false;
  if (clause.grades && (record.grade === null || !clause.grades.includes(record.grade))) return false;
  if (clause.statuses && (record.status === null || !clause.statuses.includes(record.status))) return false;
  if (clause.fields && !clause.fields.every((f) => fieldHolds(record, f))) return false;
  return true;
}

/** The clauses that define a category: its own, or by default its name and aliases as labels. */
export function categoryClauses(category: Category): MatchClause[] {
  return category.match ?? [{ labels: [category.name, ...(category.aliases ?? [])] }];
}

/**
 * True when a roster row belongs to a category (categories overlap: a row may belong to several).
 * Labels match category-column values and true yes/no columns by labelKey, equal or contained
 * (not after 非); sectors and scales match by containment; all conditions of a clause must hold;
 * a row meeting one of the category's exclude clauses is not in it.
 */
export function recordInCategory(record: RosterRecord, category: Category): boolean {
  if (category.exclude?.some((clause) => clauseHolds(record, clause))) return false;
  return categoryClauses(category).some((clause) => clauseHolds(record, clause));
}

/**
 * True when a roster row counts for an indicator: it meets one of the indicator's clauses and, when
 * the indicator is within a category, belongs to that category (pass the category to check it).
 */
export function recordInIndicator(record: RosterRecord, indicator: Indicator, within?: Category): boolean {
  if (within && !recordInCategory(record, within)) return false;
  return indicator.match.some((clause) => clauseHolds(record, clause));
}
