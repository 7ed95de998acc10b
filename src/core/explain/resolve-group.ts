import { UserError } from "../errors";
import { sectorRowKeys, sectorTables } from "../metrics/sector-rows";
import { labelKey } from "../normalize/text";
import type { Phase, Profile } from "../profile/schema";
import type { SectorRef } from "../spec/spec";

/** Reads --stage (a phase's id, name or 1-based number) against the profile's phases; anything else is a UserError listing them. */
export function resolveStage(profile: Profile, text: string): Phase {
  const phases = profile.phases ?? [];
  const wanted = text.trim();
  const key = labelKey(wanted);
  const phase = phases.find((p) => p.id === wanted || labelKey(p.name) === key) ?? (/^\d+$/.test(wanted) ? phases[Number(wanted) - 1] : undefined);
  if (!phase) throw new UserError("explain.badStage", { value: text, accepted: phases.map((p, i) => `${i + 1}（${p.id}，${p.name}）`).join("、") || "—" });
  return phase;
}

/**
 * Reads --sector against the profile: one of its sectors by id, name or alias (the per-sector
 * counts), else a row of a sector table (附件2) by its 序号 or its 行业(领域) label. Anything else is
 * a UserError listing what would be accepted.
 */
export function resolveSector(profile: Profile, text: string): SectorRef {
  const wanted = text.trim();
  const key = labelKey(wanted);
  const sector = (profile.sectors ?? []).find((s) => s.id === wanted || [s.name, ...(s.aliases ?? [])].some((n) => labelKey(n) === key));
  if (sector) return { sector: sector.id };
  const tables = sectorTables(profile);
  for (const table of tables) {
    const keys = sectorRowKeys(table).keys;
    const i = keys.findIndex((k) => k.id === wanted || labelKey(k.name) === key);
    if (i >= 0) return { table: table.layout.id, row: i + 1 };
  }
  const accepted = [...(profile.sectors ?? []).map((s) => `${s.id}（${s.name}）`), ...tables.flatMap((table) => sectorRowKeys(table).keys.map((k) => `${k.id}（${k.name}）`))];
  throw new UserError("explain.badSector", { value: text, accepted: accepted.join("、") || "—" });
}
