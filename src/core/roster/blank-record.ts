import type { RosterRecord } from "./record";

/**
 * Empty containers shared by every record that has nothing in them: 100,000 records should not
 * mean 300,000 empty objects for the garbage collector. Frozen, so a stray write fails loudly;
 * readers replace them (never push into them) when a cell adds something.
 */
export const NO_PROBLEMS: RosterRecord["problems"] = Object.freeze([]) as unknown as RosterRecord["problems"];
/** The shared empty extras of records whose roster has no extra-field column. */
export const NO_EXTRAS: RosterRecord["extras"] = Object.freeze({});
/** The shared empty flags of records whose roster has no yes/no column. */
export const NO_FLAGS: RosterRecord["flags"] = Object.freeze({});
/** The shared empty category list. */
export const NO_CATEGORIES: string[] = Object.freeze([]) as unknown as string[];

/** A record with every field empty, ready for the column readers to fill; `hasFlags`/`hasExtras` give it its own objects to fill. */
export function blankRecord(sheet: string, row: number, columns: RosterRecord["columns"], hasFlags: boolean, hasExtras: boolean): RosterRecord {
  return {
    sheet, row, name: null, uscc: null, district: null, sector: null, scale: null, size: null, categories: NO_CATEGORIES,
    flags: hasFlags ? {} : NO_FLAGS, grade: null, status: null, certificateNumber: null, issueDate: null, expiryDate: null,
    applying: null, remark: null, extras: hasExtras ? {} : NO_EXTRAS, problems: NO_PROBLEMS, columns,
  };
}
