import type { Finding } from "../finding/finding";
import type { Grade, IsoDate, RosterRecord, Status } from "../roster/record";

/** A category as row checks see it: its id, name and the grade that counts as attained. */
export interface CheckedCategory {
  id: string;
  name: string;
  /** Grade needed to count as attained (that grade or better); "any" accepts every grade. */
  requiredGrade: Grade | "any";
}

/** What row checks need to know of the campaign, answered by the profile. */
export interface CampaignView {
  /** Categories the record belongs to (they overlap). */
  categoriesOf(record: RosterRecord): readonly CheckedCategory[];
  /** True when the district text names a unit of the campaign (for open lists: any text but a likely typo). */
  knowsDistrict(text: string): boolean;
  /** True when the notice lists no districts (the roster's values are the units). */
  districtsOpen?: boolean;
  /** The nearest known district name, for a "did you mean" hint. */
  suggestDistrict(text: string): string | null;
  /** Fields every enterprise row must fill. */
  requiredFields: readonly RequiredField[];
  /** Area-code prefixes of early pilot areas whose USCCs may fail the check character. */
  usccPilotAreas: readonly string[];
  /** The year's deadlines rows must meet (apply by 05-31, attain by 11-30), in the reporting year. */
  rowDeadlines?: readonly RowDeadline[];
  /** The profile's indicators as marks a row can carry (标杆, 完成提升), for rows out of every base. */
  marks?: readonly IndicatorMark[];
  /** The profile's sector table (附件2), when it has one: its label and where a 行业 text falls among its rows. */
  sectorTable?: { label: string; rowOf(text: string): { row: number } | { row: null; suggestion: string | null } };
}

/** An indicator as a mark on a row: its name, whether a row meets it, and the statuses it counts out of scope (none for most). */
export interface IndicatorMark {
  name: string;
  holds(record: RosterRecord): boolean;
  /** Out-of-scope statuses one of its clauses names: a row with one of them counts through it, so its mark is no finding. */
  counts: ReadonlySet<Status>;
}

/** A deadline every enterprise planned for the year answers for: an application (dated by `field`) or completion. */
export interface RowDeadline {
  check: "application" | "completion";
  /** The day, in the reporting year. */
  by: IsoDate;
  /** The extra field holding the application date (application deadlines). */
  field?: string;
  what: string;
}

/** A field a profile can require on every row. */
export type RequiredField = "name" | "district" | "category" | "grade" | "status";

/** A roster's own 小计 / 合计 row, with its stated figures by column letter. */
export interface StatedSubtotal {
  sheet: string;
  row: number;
  kind: "subtotal" | "total";
  /** District the subtotal closes, when it closes one. */
  district: string | null;
  /** First and last sheet rows of the records it closes. */
  from: number;
  to: number;
  /** The enterprise count the row states ("小计 15家", or a number in its count column), null when none. */
  stated: number | null;
  /** Column letters of the cell holding the stated count. */
  column?: string;
}

/** Everything a row rule reads: the records, the campaign, the as-of date and the year. */
export interface RowCheckContext {
  records: readonly RosterRecord[];
  subtotals: readonly StatedSubtotal[];
  /** Rows that hold data but name no enterprise (no name, no USCC): left out of every count. */
  unidentified: readonly { sheet: string; row: number }[];
  campaign: CampaignView;
  asOf: IsoDate;
  year: number;
}

/**
 * One row rule: a pure function from the context to findings, with its id for the catalog.
 * Rules walk records with indexed loops, not for-of: until a loop is optimized, each for-of step
 * allocates an iterator result, ~70 MB of garbage over the rules on a 100k-row roster.
 */
export interface RowRule {
  id: string;
  check(ctx: RowCheckContext): Finding[];
}
