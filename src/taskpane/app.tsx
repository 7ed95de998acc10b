import { useEffect } from "react";
import { FluentProvider, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import { parseLang, t } from "../core/i18n";
import type { HostInfo } from "../excel/host";
import { HostStatus } from "./components/host-status";
import { PaneFooter } from "./components/pane-footer";
import { PaneHeader } from "./components/pane-header";
import { StartSection } from "./components/start-section";
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
});

/** Props of the task pane: the host detection (injected, so a browser or a test can stand in for Office), the language to start in and the build's version. */
export interface AppProps {
  detect: () => Promise<HostInfo>;
  initialLanguage?: string;
  version?: string;
}

/** The task pane shell: header, host status and, once Excel is connected, the first step. */
export function App({ detect, initialLanguage, version }: AppProps) {
  const styles = useStyles();
  const state = useHost(detect);
  const lang = parseLang(state.phase === "ready" ? state.host.language : initialLanguage);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t("pane.title", {}, lang);
  }, [lang]);

  return (
    <FluentProvider theme={webLightTheme} className={styles.root}>
      <PaneHeader lang={lang} />
      <HostStatus state={state} lang={lang} />
      {state.phase === "ready" && state.host.kind === "excel" && <StartSection lang={lang} />}
      {version && <PaneFooter version={version} lang={lang} />}
    </FluentProvider>
  );
}
