import type { Profile } from "../profile/schema";
import type { IsoDate, RosterRecord } from "../roster/record";
import { tallyIndicators } from "./indicator-tally";
import { sectorRowKeys, sectorTables } from "./sector-rows";

/** One row of a sector table (附件2) with its figures: the bases (in-scope members) of each category and the count of each indicator. */
export interface SectorRowFigures {
  /** 1-based position of the row in the table (its 序号). */
  row: number;
  label: string;
  /** By category id. */
  bases: Record<string, number>;
  /** By indicator id. */
  counts: Record<string, number>;
}

/** A sector table's figures, row by row in the table's order. */
export interface SectorTableFigures {
  /** The attachment's layout id. */
  attachment: string;
  rows: SectorRowFigures[];
}

/** What computing sector rows needs: the shared membership and district lookup, and the as-of date. */
export interface SectorRowsInput {
  membership(record: RosterRecord): readonly number[];
  districtOf(record: RosterRecord): string | null;
  districts: readonly string[];
  asOf: IsoDate;
}

/**
 * Every sector table of the profile filled from the records: each record in the one row its 行业
 * text resolves to, counted as the district figures count it (in scope, within the category, dated
 * events not after the as-of date, in the city total's population) so that the rows add up to
 * the city's figures less the records whose 行业 no row names (those are findings).
 */
export function computeSectorRows(records: readonly RosterRecord[], profile: Profile, input: SectorRowsInput): SectorTableFigures[] {
  return sectorTables(profile).map((table) => {
    const sectors = sectorRowKeys(table);
    const { total } = tallyIndicators({ records, profile, ...input, sectors, sectorBases: true });
    const indicators = profile.indicators ?? [];
    const rows = sectors.keys.map((key, i): SectorRowFigures => {
      const t = total.sectors.get(i);
      return {
        row: i + 1,
        label: key.name,
        bases: Object.fromEntries(profile.categories.map((c, k) => [c.id, t?.bases[k] ?? 0])),
        counts: Object.fromEntries(indicators.map((ind, k) => [ind.id, t?.counts[k] ?? 0])),
      };
    });
    return { attachment: table.layout.id, rows };
  });
}
