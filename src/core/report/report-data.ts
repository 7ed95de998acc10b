import type { Finding } from "../finding/finding";
import type { Lang } from "../i18n/lang";
import type { ComplianceRow } from "../metrics/compliance";
import type { IndicatorRow } from "../metrics/indicator-row";
import type { SectorTableFigures } from "../metrics/compute-sector-rows";
import type { Profile } from "../profile/schema";
import type { IsoDate } from "../roster/record";
import type { ProgressPoint } from "../metrics/progress";

/** Fonts of generated sheets: a heading face for 附件 labels and titles, a body face for tables. */
export interface ReportFonts {
  heading: string;
  body: string;
}

/**
 * Defaults that every Chinese Windows and WPS install has. 方正小标宋简体 is the official title face
 * but is often missing; a host that can tell (the task pane) may pass it in.
 */
export const DEFAULT_FONTS: ReportFonts = { heading: "黑体", body: "宋体" };

/** Everything the summary sheets are built from: the campaign, the period, the figures and the findings. */
export interface ReportData {
  profile: Profile;
  year: number;
  asOf: IsoDate;
  /** Per district × category (district null = totals), with annual-target compliance. */
  metrics: readonly ComplianceRow[];
  /** The profile's indicators per district and total with their targets; absent or empty leaves their cells blank. */
  indicators?: readonly IndicatorRow[];
  /** Each sector table's figures row by row (附件2's 行业 rows); absent leaves those rows' cells blank. */
  sectorRows?: readonly SectorTableFigures[];
  findings: readonly Finding[];
  /** Where findings' cells live: "internal" links into the same workbook; otherwise the source file named in text. */
  findingsSource: { mode: "internal" } | { mode: "external"; file: string };
  fonts: ReportFonts;
  /** The city's figures at each year's end when several years are asked for (summarize --progress); absent: no progress charts. */
  progress?: readonly ProgressPoint[];
  /** Language of the generated sheets' own texts (titles, headers); Chinese unless asked. */
  lang?: Lang;
}
