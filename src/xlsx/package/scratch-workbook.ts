import type { SheetSpec } from "../../core/spec/spec";
import type { SheetPlacement } from "../../core/spec/place-sheets";
import { newWorkbookBytes } from "../write-workbook";
import { type Package, partText } from "./package";
import { relType } from "./read-relationships";
import { readWorkbookPart, type WorkbookPart, workbookPartName } from "./read-workbook-part";
import { sharedStringItems } from "./inline-strings";
import { unzipPackage } from "./unzip-package";

/** A workbook ExcelJS wrote holding only the generated sheets, unzipped, to graft from. */
export interface ScratchWorkbook {
  pkg: Package;
  wb: WorkbookPart;
  stylesXml: string;
  strings: string[];
}

/** Lets ExcelJS render the placed specs (under their placed names) into a scratch package. */
export async function scratchWorkbook(placements: readonly SheetPlacement[]): Promise<ScratchWorkbook> {
  // Charts and bulk rows are added by the into-copy itself on the output part, not carried over from here.
  const specs: SheetSpec[] = placements.map((p) => ({ ...p.spec, name: p.name, charts: undefined, bulk: undefined }));
  const pkg = unzipPackage(await newWorkbookBytes(specs), "scratch");
  const wb = readWorkbookPart(pkg, workbookPartName(pkg) ?? "xl/workbook.xml");
  const part = (type: string) => wb.rels.find((r) => relType(r) === type)?.part;
  const stringsPart = part("sharedStrings");
  const stylesPart = part("styles");
  if (wb.sheets.length !== placements.length || !stylesPart) throw new Error("scratch workbook does not hold the generated sheets");
  return {
    pkg,
    wb,
    stylesXml: partText(pkg, stylesPart) ?? "",
    strings: sharedStringItems(stringsPart ? partText(pkg, stringsPart) : undefined),
  };
}
