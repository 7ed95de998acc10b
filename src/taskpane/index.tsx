// Entry of taskpane.html: renders the shell at once; host detection fills in the status.
import { createRoot } from "react-dom/client";
import { browserLanguage, detectHost } from "../excel/host";
import { App } from "./app";
import { readBuildVersion } from "./build-version";

// The ES5 fallback (taskpane.html) has already shown why this host cannot run the pane.
const unsupported = (window as { ANBIAO_UNSUPPORTED?: boolean }).ANBIAO_UNSUPPORTED === true;
const container = document.getElementById("root");
if (!container) throw new Error("taskpane.html has no #root element");
if (!unsupported) createRoot(container).render(<App detect={detectHost} initialLanguage={browserLanguage()} version={readBuildVersion(document)} />);
