import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, Spinner, Subtitle2, tokens } from "@fluentui/react-components";
import { hasMessage, t, type Lang } from "../../core/i18n";
import type { HostState } from "../use-host";

const useStyles = makeStyles({
  status: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

/** The platform's display name ("网页版"), or Office's own code if the catalog does not know it. */
function platformName(platform: string, lang: Lang): string {
  const key = `pane.platform.${platform}`;
  return hasMessage(key) ? t(key, {}, lang) : platform;
}

/** Where the pane runs and whether this Excel can run the add-in, as a live status region. */
export function HostStatus({ state, lang }: { state: HostState; lang: Lang }) {
  const styles = useStyles();
  return (
    <section className={styles.status} aria-live="polite" aria-labelledby="pane-status-title">
      <Subtitle2 as="h2" id="pane-status-title">{t("pane.status.title", {}, lang)}</Subtitle2>
      <StatusMessage state={state} lang={lang} />
    </section>
  );
}

function StatusMessage({ state, lang }: { state: HostState; lang: Lang }) {
  if (state.phase === "detecting") return <Spinner size="tiny" labelPosition="after" label={t("pane.host.loading", {}, lang)} />;
  if (state.phase === "failed") {
    return (
      <MessageBar intent="error">
        <MessageBarBody>{t("pane.host.error", { detail: state.detail }, lang)}</MessageBarBody>
      </MessageBar>
    );
  }
  const { host } = state;
  if (host.kind === "browser") {
    return (
      <MessageBar intent="info">
        <MessageBarBody>{t("pane.host.none", {}, lang)}</MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <MessageBar intent={host.apiOk ? "success" : "warning"} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t("pane.host.excel", { platform: platformName(host.platform, lang) }, lang)}</MessageBarTitle>
        <div>{t(host.apiOk ? "pane.api.ok" : "pane.api.unsupported", {}, lang)}</div>
      </MessageBarBody>
    </MessageBar>
  );
}
