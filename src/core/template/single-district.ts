import { resolveDistrict } from "../profile/districts";
import type { District, Profile } from "../profile/schema";

/**
 * The profile's unit for a district name: the listed (or, for open lists, named) unit it resolves
 * to, else — open lists only — a unit of its own. Null for a name a listed profile does not know.
 */
export function districtUnit(profile: Profile, name: string): District | null {
  const listed = resolveDistrict(profile, name)?.unit;
  if (listed) return listed;
  if (profile.districts.mode === "listed") return null;
  const named = profile.districts.named?.find((u) => u.name === name || u.aliases.includes(name));
  return named ?? { id: name, name, aliases: [] };
}

/** The profile as one district sees it: its district list is that district alone, so tables get one row. */
export function singleDistrictProfile(profile: Profile, unit: District): Profile {
  return { ...profile, districts: { mode: "listed", label: profile.districts.label, units: [unit] } };
}
