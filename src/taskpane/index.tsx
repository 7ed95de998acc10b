// Entry of taskpane.html: renders the shell at once; host detection fills in the status. Inside
// Excel the pane gets the open workbook through the port's Office.js adapter, made here and passed
// down as a prop: no component calls Office.
import { createRoot } from "react-dom/client";
import { ExcelPort } from "../excel/excel-port";
import { browserLanguage, detectHost, documentUrl } from "../excel/host";
import { officeHost } from "../excel/run";
import { App } from "./app";
import { readBuildVersion } from "./build-version";
import { openPortWorkbook } from "./excel/open-excel";

/** Called only once detection said Excel with ExcelApi 1.7: then Office and Excel are there. */
const openExcel = () => openPortWorkbook(new ExcelPort(officeHost()), documentUrl());

// The ES5 fallback (taskpane.html) has already shown why this host cannot run the pane.
const unsupported = (window as { ANBIAO_UNSUPPORTED?: boolean }).ANBIAO_UNSUPPORTED === true;
const container = document.getElementById("root");
if (!container) throw new Error("taskpane.html has no #root element");
if (!unsupported) {
  createRoot(container).render(<App detect={detectHost} openExcel={openExcel} initialLanguage={browserLanguage()} version={readBuildVersion(document)} />);
}
