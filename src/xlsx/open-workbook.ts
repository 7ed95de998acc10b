import ExcelJS from "exceljs";
import { UserError } from "../core/errors";

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/**
 * Loads .xlsx bytes into an ExcelJS workbook, turning every way the input can be wrong into a
 * UserError naming the file: not a zip, an encrypted (CFB) package or old .xls, a corrupt package.
 */
export async function openWorkbook(bytes: Uint8Array, label: string): Promise<ExcelJS.Workbook> {
  if (startsWith(bytes, CFB_MAGIC)) throw new UserError("input.encrypted", { file: label });
  if (!startsWith(bytes, ZIP_MAGIC)) {
    const detail = bytes.length === 0 ? "empty file" : "no zip signature";
    throw new UserError("input.notXlsx", { file: label, detail });
  }
  const wb = new ExcelJS.Workbook();
  try {
    // ExcelJS's types ask for a Node Buffer; a Uint8Array view over the same memory serves.
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (err) {
    const detail = err instanceof Error ? err.message.split("\n")[0] : String(err);
    if (/xl\/workbook\.xml|Cannot read prop|undefined/.test(detail)) {
      throw new UserError("input.notXlsx", { file: label, detail: "no workbook part" });
    }
    throw new UserError("input.corrupt", { file: label, detail });
  }
  return wb;
}
