import { UserError } from "../../core/errors";
import { readFailure } from "../lean/read-error";
import { assertXlsxSignature } from "../check-signature";
import { Package } from "./package";
import { readZipEntries } from "./zip-entries";
import { ZipFormatError } from "../lean/zip-archive";

/**
 * Opens .xlsx bytes as a package (entries listed, none inflated yet), turning every way the input
 * can be wrong into the UserErrors openWorkbook gives: encrypted or old .xls, not a zip, corrupt.
 */
export function unzipPackage(bytes: Uint8Array, label: string): Package {
  assertXlsxSignature(bytes, label);
  try {
    return new Package(readZipEntries(bytes), label);
  } catch (err) {
    if (err instanceof ZipFormatError) throw readFailure(err, label);
    throw new UserError("input.corrupt", { file: label, detail: err instanceof Error ? err.message : String(err), detailKey: "input.detail.malformed" });
  }
}
