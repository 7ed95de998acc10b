import { UserError } from "../../core/errors";
import { Package } from "./package";
import { readZipEntries } from "./zip-entries";

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/**
 * Opens .xlsx bytes as a package (entries listed, none inflated yet), turning every way the input
 * can be wrong into the UserErrors openWorkbook gives: encrypted or old .xls, not a zip, corrupt.
 */
export function unzipPackage(bytes: Uint8Array, label: string): Package {
  if (startsWith(bytes, CFB_MAGIC)) throw new UserError("input.encrypted", { file: label });
  if (!startsWith(bytes, ZIP_MAGIC)) {
    throw new UserError("input.notXlsx", { file: label, detail: bytes.length === 0 ? "empty file" : "no zip signature" });
  }
  try {
    return new Package(readZipEntries(bytes), label);
  } catch (err) {
    throw new UserError("input.corrupt", { file: label, detail: err instanceof Error ? err.message : String(err) });
  }
}
