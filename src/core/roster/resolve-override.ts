import { UserError } from "../errors";
import { labelKey } from "../normalize/text";
import { FIELD_IDS, SYNONYM_KEYS } from "./fields";
import type { ExtraField } from "./types";

/** Override targets that leave a column unmapped. */
const NONE = new Set(["NONE", "-", "IGNORE", "无", "忽略"]);

/**
 * The field id an override names: a canonical id (any case), an extra field id, a canonical header
 * synonym ("地区"), or "none" (returned as null). Anything else is a UserError listing the allowed fields.
 */
export function resolveOverrideField(target: string, extraFields: readonly ExtraField[] = []): string | null {
  const key = labelKey(target);
  if (NONE.has(key)) return null;
  const canonical = FIELD_IDS.find((f) => f.toUpperCase() === key);
  if (canonical) return canonical;
  const extra = extraFields.find((f) => f.id.toUpperCase() === key);
  if (extra) return extra.id;
  const synonym = SYNONYM_KEYS.find((s) => s.key === key);
  if (synonym) return synonym.field;
  const allowed = [...FIELD_IDS, ...extraFields.map((f) => f.id), "none"].join(", ");
  throw new UserError("roster.map.unknownField", { field: target, allowed });
}

/** Reads `--map` values ("所在板块=district", or several joined by commas) into an overrides record; bad syntax is a UserError. */
export function parseMapSpecs(specs: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const spec of specs) {
    for (const part of spec.split(/[,，]/)) {
      if (part.trim() === "") continue;
      const eq = part.search(/[=＝]/);
      const header = eq < 0 ? "" : part.slice(0, eq).trim();
      const field = eq < 0 ? "" : part.slice(eq + 1).trim();
      if (header === "" || field === "") throw new UserError("roster.map.badSpec", { spec: part.trim() });
      out[header] = field;
    }
  }
  return out;
}
