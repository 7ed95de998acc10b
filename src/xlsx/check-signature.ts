import { UserError } from "../core/errors";

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/**
 * Rejects bytes that cannot be an .xlsx before any unzipping, with the same keys as the ExcelJS
 * path (open-workbook.ts), the lean reader and the package writer: an encrypted package or old .xls is a CFB file, anything else without a
 * zip signature is not a workbook.
 */
export function assertXlsxSignature(bytes: Uint8Array, label: string): void {
  if (startsWith(bytes, CFB_MAGIC)) throw new UserError("input.encrypted", { file: label });
  if (!startsWith(bytes, ZIP_MAGIC)) {
    const empty = bytes.length === 0;
    const detail = empty ? "empty file" : "no zip signature";
    throw new UserError("input.notXlsx", { file: label, detail, detailKey: empty ? "input.detail.empty" : "input.detail.notZip" });
  }
}
