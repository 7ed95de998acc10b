import type { WorkbookPort } from "../../port/workbook-port";
import type { PaneWorkbook } from "../flow/pane-workbook";
import { identityOf, portWorkbook } from "./port-workbook";

/** Connects the pane to the open workbook behind a port: what the host supports and which workbook it is (for the remembered mapping). */
export async function openPortWorkbook(port: WorkbookPort, documentUrl: string | null): Promise<PaneWorkbook> {
  const capabilities = await port.capabilities();
  const sheets = await port.listSheets();
  return portWorkbook(port, identityOf(sheets, documentUrl), capabilities.supports.events, capabilities.supports.selectionEvents);
}
