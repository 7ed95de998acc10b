import { strFromU8, unzipSync } from "fflate";
import { UserError } from "../../../src/core/errors";
import { readXlsxLean, type LeanReadOptions } from "../../../src/xlsx/lean/read-xlsx-lean";

/** The UserError the lean reader refuses `bytes` with (as "bad.xlsx"); fails the test when it reads them instead. */
export function refusal(bytes: Uint8Array, options: LeanReadOptions = {}): UserError {
  try {
    readXlsxLean(bytes, "bad.xlsx", options);
  } catch (err) {
    if (err instanceof UserError) return err;
    throw err;
  }
  throw new Error("the workbook was read, not refused");
}

/** The 1-based character offset of `needle` in a part of the workbook, worked out from the part text itself. */
export function offsetIn(bytes: Uint8Array, part: string, needle: string): number {
  const text = strFromU8(unzipSync(bytes)[part]);
  const i = text.indexOf(needle);
  if (i < 0 || text.indexOf(needle, i + 1) >= 0) throw new Error(`needle ${needle} not unique in ${part}`);
  return i + 1;
}
