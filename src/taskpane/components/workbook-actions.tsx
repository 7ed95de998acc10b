import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, makeStyles, Subtitle2, Switch, Text, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { t, type Lang } from "../../core/i18n";
import type { CellEdit } from "../../core/tables/fix";
import type { Flow } from "../flow/use-flow";
import { ProgressOption } from "./progress-option";

const useStyles = makeStyles({
  group: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  row: { display: "flex", columnGap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  cells: { maxHeight: "240px", overflowY: "auto", margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** One titled group of buttons; other features (district templates, …) add their own groups the same way. */
export function ActionGroup({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  const styles = useStyles();
  return (
    <section className={styles.group} aria-labelledby={`pane-${id}-title`}>
      <Subtitle2 as="h2" id={`pane-${id}-title`}>{title}</Subtitle2>
      <div className={styles.row}>{children}</div>
    </section>
  );
}

function cellLine(e: CellEdit, lang: Lang): string {
  return t("pane.rates.cellLine", { sheet: e.sheet, address: e.address, old: e.oldText === "" ? "∅" : e.oldText, formula: e.formula ? `=${e.formula}` : e.valueText, value: e.valueText }, lang);
}

/** The confirmation of 「把率改成公式」: every cell it will change, old → new, before anything is written. */
function RatesDialog({ flow, lang }: { flow: Flow; lang: Lang }) {
  const styles = useStyles();
  const edits = flow.rates.pending;
  return (
    <Dialog open={edits !== null} onOpenChange={(_e, d) => !d.open && flow.dismissRates()}>
      <DialogSurface aria-describedby="pane-rates-body">
        <DialogBody>
          <DialogTitle>{t("pane.rates.confirmTitle", {}, lang)}</DialogTitle>
          <DialogContent id="pane-rates-body">
            <Text>{t("pane.rates.confirmBody", { count: edits?.length ?? 0 }, lang)}</Text>
            <ul className={styles.cells} aria-label={t("pane.rates.confirmTitle", {}, lang)}>
              {(edits ?? []).map((e) => (
                <li key={`${e.sheet}!${e.address}`}>{cellLine(e, lang)}</li>
              ))}
            </ul>
            {flow.rates.kept.map((k) => (
              <Text key={`${k.sheet}!${k.address}`} block>{t("pane.rates.kept", { ...k }, lang)}</Text>
            ))}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={flow.confirmRates}>{t("pane.rates.confirm", {}, lang)}</Button>
            <Button onClick={flow.dismissRates}>{t("pane.rates.cancel", {}, lang)}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

/** Excel: 标出 / 汇总 / 率改公式 in place, each with its way back, and the live re-check switch. */
export function WorkbookActions({ flow, lang, canWatch }: { flow: Flow; lang: Lang; canWatch: boolean }) {
  const busy = flow.busy !== null;
  const checked = flow.run !== null;
  return (
    <>
      <ActionGroup id="flags" title={t("pane.section.flags", {}, lang)}>
        <Button disabled={busy || !checked} onClick={flow.flagRows}>{t("pane.flags.add", {}, lang)}</Button>
        <Button disabled={busy} onClick={flow.clearFlags}>{t("pane.flags.clear", {}, lang)}</Button>
      </ActionGroup>
      <ActionGroup id="summary" title={t("pane.section.summary", {}, lang)}>
        <Button disabled={busy || !checked} onClick={flow.insertSummary}>{t("pane.summary.insert", {}, lang)}</Button>
        <Button disabled={busy} onClick={flow.removeSummary}>{t("pane.summary.remove", {}, lang)}</Button>
        <ProgressOption flow={flow} lang={lang} />
      </ActionGroup>
      <ActionGroup id="rates" title={t("pane.section.rates", {}, lang)}>
        <Button disabled={busy || !checked || flow.rates.applied > 0} onClick={flow.proposeRates}>{t("pane.rates.fix", {}, lang)}</Button>
        <Button disabled={busy || flow.rates.applied === 0} onClick={flow.restoreRates}>{t("pane.rates.restore", {}, lang)}</Button>
      </ActionGroup>
      {canWatch && (
        <ActionGroup id="live" title={t("pane.section.live", {}, lang)}>
          <Switch checked={flow.live} onChange={(_e, d) => flow.setLive(d.checked)} label={t("pane.live.switch", {}, lang)} />
        </ActionGroup>
      )}
      <RatesDialog flow={flow} lang={lang} />
    </>
  );
}
