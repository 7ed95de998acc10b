import { districtResolver } from "../campaign/district-resolver";
import type { Grid } from "../grid/grid";
import type { RosterRecord } from "../roster/record";
import { readPreamble } from "../roster/preamble";
import type { Profile } from "../profile/schema";
import { resolveDistrict } from "../profile/districts";
import type { TableMetric } from "../tables/types";
import type { DistrictSource } from "./submission";

/** Lines at the top of a sheet searched for a 填报单位 line. */
const PREAMBLE_ROWS = 8;

function known(profile: Profile, text: string | null): string | null {
  if (text === null) return null;
  return districtResolver(profile).nameOf(text);
}

/** Districts whose table rows hold at least one figure. */
function filledTableDistricts(metrics: readonly TableMetric[]): string[] {
  const out: string[] = [];
  for (const m of metrics) {
    if (m.district === null || out.includes(m.district)) continue;
    if (m.base !== null || m.attained !== null || (m.applying !== null && m.applying !== 0)) out.push(m.district);
  }
  return out;
}

function majority(names: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
  let best: string | null = null;
  for (const [name, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = name;
  return best;
}

/**
 * Which district a returned file (not a template) is from: the one district its tables fill, else
 * a 填报单位 line at the top of a sheet, else a sheet named after a district, else the district most
 * of its roster rows name. Listed profiles accept only their districts; open ones take the text.
 */
export function fileDistrict(profile: Profile, grids: readonly Grid[], tableMetrics: readonly TableMetric[], records: readonly RosterRecord[]): { district: string | null; via: DistrictSource } {
  const filled = filledTableDistricts(tableMetrics);
  if (filled.length === 1) return { district: filled[0], via: "table" };
  for (const g of grids) {
    const unit = readPreamble(g.values, Math.min(PREAMBLE_ROWS, g.values.length), g.origin.row).reportingUnit;
    const name = known(profile, unit);
    if (name) return { district: name, via: "unit" };
  }
  for (const g of grids) {
    const hit = resolveDistrict(profile, g.name);
    if (hit) return { district: hit.unit.name, via: "sheet" };
  }
  const resolver = districtResolver(profile);
  const fromRoster = majority(records.flatMap((r) => {
    const n = resolver.nameOf(r.district);
    return n === null ? [] : [n];
  }));
  if (fromRoster) return { district: fromRoster, via: "roster" };
  return { district: null, via: "none" };
}
