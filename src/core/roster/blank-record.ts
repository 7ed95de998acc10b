import type { RosterRecord } from "./record";

/** A record with every field empty, ready for the column readers to fill. */
export function blankRecord(sheet: string, row: number, columns: RosterRecord["columns"]): RosterRecord {
  return {
    sheet, row, name: null, uscc: null, district: null, sector: null, scale: null, categories: [], flags: {},
    grade: null, status: null, certificateNumber: null, issueDate: null, expiryDate: null, applying: null,
    remark: null, extras: {}, problems: [], columns,
  };
}
