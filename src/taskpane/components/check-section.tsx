import { Button, Field, makeStyles, ProgressBar, Subtitle2, tokens } from "@fluentui/react-components";
import { t, type Lang } from "../../core/i18n";
import type { Flow } from "../flow/use-flow";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  row: { display: "flex", columnGap: tokens.spacingHorizontalS },
});

function progressText(flow: Flow, lang: Lang): { text: string; value: number | undefined } | null {
  const c = flow.check;
  if (c.phase === "analyzing") return { text: t("pane.check.analyzing", { records: c.records }, lang), value: undefined };
  if (c.phase !== "reading") return null;
  const p = c.progress;
  if (!p) return { text: t("pane.busy", {}, lang), value: undefined };
  if (p.total === 0) return { text: t("pane.check.readingStart", { source: p.source }, lang), value: undefined };
  return { text: t("pane.check.reading", { sheet: p.source, read: p.read, total: p.total }, lang), value: p.read / p.total };
}

/** 检查: 「检查台账」, then progress while reading (rows read of total) with 「取消」. */
export function CheckSection({ flow, lang, disabled }: { flow: Flow; lang: Lang; disabled?: boolean }) {
  const styles = useStyles();
  const progress = progressText(flow, lang);
  const running = flow.check.phase === "reading" || flow.check.phase === "analyzing";
  return (
    <section className={styles.section} aria-labelledby="pane-check-title">
      <Subtitle2 as="h2" id="pane-check-title">{t("pane.section.check", {}, lang)}</Subtitle2>
      <div className={styles.row}>
        <Button appearance="primary" disabled={disabled || running} onClick={flow.startCheck}>{t("pane.check.run", {}, lang)}</Button>
        {running && <Button onClick={flow.cancelCheck}>{t("pane.check.cancel", {}, lang)}</Button>}
      </div>
      {progress && (
        <Field validationMessage={progress.text} validationState="none">
          <ProgressBar value={progress.value} aria-label={progress.text} />
        </Field>
      )}
    </section>
  );
}
