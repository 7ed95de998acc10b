import ExcelJS from "exceljs";
import { UserError } from "../core/errors";
import { assertXlsxSignature } from "./check-signature";

/**
 * Loads .xlsx bytes into an ExcelJS workbook, turning every way the input can be wrong into a
 * UserError naming the file: not a zip, an encrypted (CFB) package or old .xls, a corrupt package.
 */
export async function openWorkbook(bytes: Uint8Array, label: string): Promise<ExcelJS.Workbook> {
  assertXlsxSignature(bytes, label);
  const wb = new ExcelJS.Workbook();
  try {
    // ExcelJS's types ask for a Node Buffer; a Uint8Array view over the same memory serves.
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (err) {
    const detail = err instanceof Error ? err.message.split("\n")[0] : String(err);
    if (/xl\/workbook\.xml|Cannot read prop|undefined/.test(detail)) {
      throw new UserError("input.notXlsx", { file: label, detail: "no workbook part", detailKey: "input.detail.noWorkbook" });
    }
    throw new UserError("input.corrupt", { file: label, detail });
  }
  return wb;
}
