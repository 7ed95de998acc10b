import { validUntil } from "../calendar/validity";
import type { NotAttained } from "../metrics/classify-records";
import type { Grade, IsoDate, Status } from "../roster/record";
import type { Behind } from "./enterprises-behind";

/** An enterprise behind a figure as lists print it: who, where, its certificate, its status and its source row. */
export interface EnterpriseEntry {
  name: string | null;
  uscc: string | null;
  district: string | null;
  grade: Grade | null;
  certificateNumber: string | null;
  issueDate: IsoDate | null;
  /** The stated expiry, else issue + 3 years − 1 day; null without dates. */
  validUntil: IsoDate | null;
  status: Status | null;
  attained: boolean;
  applying: boolean;
  /** Why not attained in the figure's category; null when attained. */
  why: NotAttained | null;
  sheet: string;
  row: number;
}

/** The printable entry of one enterprise behind a figure. */
export function enterpriseEntry({ entry, standing }: Behind): EnterpriseEntry {
  const r = entry.record;
  return {
    name: r.name,
    uscc: r.uscc,
    district: entry.district,
    grade: r.grade,
    certificateNumber: r.certificateNumber,
    issueDate: r.issueDate,
    validUntil: validUntil(r),
    status: r.status,
    attained: standing.attained,
    applying: standing.applying,
    why: standing.why,
    sheet: r.sheet,
    row: r.row,
  };
}
