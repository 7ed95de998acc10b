import type { Finding } from "../finding/finding";
import type { MetricRow } from "../metrics/metric-row";

/** How a file's district was told: its template marker, its table's one filled row, a 填报单位 line, a sheet name, its roster's district column. */
export type DistrictSource = "marker" | "table" | "unit" | "sheet" | "roster" | "none";

/** A district's counts of one category as a returned table states them (null where unreadable). */
export interface StatedCounts {
  category: string;
  base: number | null;
  attained: number | null;
  applying: number | null;
  /** False where the table has no base column for the category (an actual count beside a count target). */
  hasBase: boolean;
}

/** One enterprise of a returned roster, kept for the cross-district USCC check. */
export interface RosterEntry {
  uscc: string;
  name: string;
  district: string;
  sheet: string;
  row: number;
}

/**
 * What one returned file held, kept after its cells are dropped: its district and how that was
 * told, the table counts of that district, the roster's counts and enterprises, its findings.
 */
export interface Submission {
  file: string;
  /** The file's modification time (ISO 8601): "received at"; the later of two returns wins. */
  receivedAt: string;
  district: string | null;
  via: DistrictSource;
  /** Sheets read as the district's table (empty when none was filled). */
  tableSheets: string[];
  /** The district's counts per category from its table(s); empty without a filled table. */
  stated: StatedCounts[];
  /** Roster records read (0 when the file has no filled roster). */
  rosterRecords: number;
  /** The roster's counts per district × category (district rows only). */
  rosterRows: MetricRow[];
  enterprises: RosterEntry[];
  findings: Finding[];
}
