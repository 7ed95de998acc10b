import { useEffect, useState } from "react";
import { FluentProvider, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import { parseLang, t, type Lang } from "../core/i18n";
import type { HostInfo } from "../excel/host";
import { ExcelWorkspace } from "./components/excel-workspace";
import { HostStatus } from "./components/host-status";
import { PaneFooter } from "./components/pane-footer";
import { LanguageSwitch } from "./components/language-switch";
import { PaneHeader } from "./components/pane-header";
import { Standalone } from "./components/standalone";
import { StartSection } from "./components/start-section";
import type { PaneWorkbook } from "./flow/pane-workbook";
import { useHost } from "./use-host";

const useStyles = makeStyles({
  root: {
    minHeight: "100vh",
    boxSizing: "border-box",
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXL,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
  },
  top: { display: "flex", justifyContent: "space-between", alignItems: "flex-start", columnGap: tokens.spacingHorizontalS },
});

/** Props of the task pane: host detection and the Excel workbook (both injected, so a browser or a test can stand in for Office), the language to start in and the build's version. */
export interface AppProps {
  detect: () => Promise<HostInfo>;
  /** Connects to the open Excel workbook through the port's Office.js adapter; absent, Excel shows only the status. */
  openExcel?: () => Promise<PaneWorkbook>;
  initialLanguage?: string;
  version?: string;
}

/** The task pane: header, host status, then the clerk's flow inside Excel or over files in a plain browser; the version at the foot. */
export function App({ detect, openExcel, initialLanguage, version }: AppProps) {
  const styles = useStyles();
  const state = useHost(detect);
  const detected = parseLang(state.phase === "ready" ? state.host.language : initialLanguage);
  const [chosen, setChosen] = useState<Lang | null>(null);
  const lang = chosen ?? detected;

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t("pane.title", {}, lang);
  }, [lang]);

  const excel = state.phase === "ready" && state.host.kind === "excel" ? state.host : null;
  return (
    <FluentProvider theme={webLightTheme} className={styles.root}>
      <div className={styles.top}>
        <PaneHeader lang={lang} />
        <LanguageSwitch lang={lang} onChange={setChosen} />
      </div>
      <HostStatus state={state} lang={lang} />
      {excel && excel.apiOk && openExcel && <ExcelWorkspace open={openExcel} lang={lang} />}
      {excel && (!excel.apiOk || !openExcel) && <StartSection lang={lang} />}
      {state.phase === "ready" && state.host.kind === "browser" && <Standalone lang={lang} />}
      {version && <PaneFooter version={version} lang={lang} />}
    </FluentProvider>
  );
}
