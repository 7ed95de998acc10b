// Entry of taskpane.html: renders the shell at once; host detection fills in the status.
import { createRoot } from "react-dom/client";
import { browserLanguage, detectHost } from "../excel/host";
import { App } from "./app";
import { readBuildVersion } from "./build-version";

const container = document.getElementById("root");
if (!container) throw new Error("taskpane.html has no #root element");
createRoot(container).render(<App detect={detectHost} initialLanguage={browserLanguage()} version={readBuildVersion(document)} />);
