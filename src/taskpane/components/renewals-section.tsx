import { useMemo, useState } from "react";
import { Button, Field, Input, makeStyles, Subtitle2, Text, tokens } from "@fluentui/react-components";
import { t, type Lang } from "../../core/i18n";
import type { RadarCertificate } from "../../core/renewal/renewal-radar";
import type { ProjectedRow } from "../../core/renewal/year-end-projection";
import { withinDays } from "../../core/renewal/within-days";
import { DEFAULT_WITHIN, renewalView } from "../flow/renewal-view";
import type { Flow } from "../flow/use-flow";
import { percentText } from "./percent-text";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  item: { justifyContent: "flex-start", textAlign: "left", width: "100%", height: "auto", minHeight: "28px", fontWeight: tokens.fontWeightRegular },
  lapsed: { color: tokens.colorPaletteRedForeground1 },
  days: { maxWidth: "8em" },
});

/** Certificates listed at most; the CLI's `renewals` lists them all. */
const SHOWN = 200;

function certificateText(c: RadarCertificate, lang: Lang): string {
  const r = c.entry.record;
  const params = { district: c.entry.district ?? t("pane.compliance.total", {}, lang), name: r.name ?? "", until: c.validUntil, days: Math.abs(c.daysLeft) };
  return t(c.lapsed ? "pane.renewals.lapsed" : "pane.renewals.expiring", params, lang);
}

function riskText(p: ProjectedRow, lang: Lang): string {
  // The rate the target is judged on (the category's rate); for a count target, the attainment rate.
  const rate = (r: ProjectedRow["now"]) => percentText(r.targetKind === "count" ? r.attainmentRate : r.actual);
  const verdict = p.yearEnd.met === false ? t("pane.renewals.riskUnmet", { gap: p.yearEnd.gap ?? 0 }, lang) : p.yearEnd.met === true ? t("pane.renewals.riskMet", {}, lang) : "";
  return t("pane.renewals.risk", {
    district: p.now.district ?? t("pane.compliance.total", {}, lang), category: p.now.categoryName,
    now: p.now.attained, yearEnd: p.yearEnd.attained, rateNow: rate(p.now), rateYearEnd: rate(p.yearEnd), verdict,
  }, lang);
}

function CertificateItem({ c, flow, lang, canSelect }: { c: RadarCertificate; flow: Flow; lang: Lang; canSelect: boolean }) {
  const styles = useStyles();
  const text = certificateText(c, lang);
  const { sheet, row } = c.entry.record;
  if (!canSelect) return <li className={c.lapsed ? styles.lapsed : undefined}><Text>{text}</Text></li>;
  return (
    <li>
      <Button className={`${styles.item} ${c.lapsed ? styles.lapsed : ""}`} appearance="subtle" size="small" onClick={() => flow.select(sheet, `${row}:${row}`)} title={t("pane.renewals.select", { sheet, row }, lang)}>
        {text}
      </Button>
    </li>
  );
}

/**
 * 证书到期提醒: the certificates lapsing within the window (and those lapsed but still marked
 * attained), each a click away from its roster row, and the figures at year end if none renews.
 */
export function RenewalsSection({ flow, lang, canSelect }: { flow: Flow; lang: Lang; canSelect: boolean }) {
  const styles = useStyles();
  const [typed, setTyped] = useState(String(DEFAULT_WITHIN));
  const within = withinDays(typed);
  const run = flow.run;
  const view = useMemo(() => (run && within !== null ? renewalView(run, within) : null), [run, within]);
  if (!run || run.result.rosters.read.rosters.length === 0) return null;
  return (
    <section className={styles.section} role="region" aria-labelledby="pane-renewals-title">
      <Subtitle2 as="h2" id="pane-renewals-title">{t("pane.renewals.title", {}, lang)}</Subtitle2>
      <Field label={t("pane.renewals.within", {}, lang)} size="small" validationState={within === null ? "error" : "none"} validationMessage={within === null ? t("renewals.badWithin", { value: typed }, lang) : undefined}>
        <Input className={styles.days} size="small" inputMode="numeric" value={typed} onChange={(_e, d) => setTyped(d.value)} />
      </Field>
      {view && (
        <>
          <Text role="status">{t("renewals.heading", { asOf: view.asOf, within: view.within, count: view.certificates.length }, lang)}</Text>
          {view.certificates.length > 0 && (
            <ul className={styles.list} aria-label={t("pane.renewals.listName", {}, lang)}>
              {view.certificates.slice(0, SHOWN).map((c) => (
                <CertificateItem key={`${c.entry.record.sheet}\u0000${c.entry.record.row}`} c={c} flow={flow} lang={lang} canSelect={canSelect} />
              ))}
            </ul>
          )}
          {view.certificates.length > SHOWN && <Text>{t("pane.renewals.more", { count: view.certificates.length - SHOWN }, lang)}</Text>}
          <Text weight="semibold">{t("renewals.projection", {}, lang)}</Text>
          {view.atRisk.length === 0 ? (
            <Text>{t("pane.renewals.noRisk", {}, lang)}</Text>
          ) : (
            <ul className={styles.list} aria-label={t("pane.renewals.riskName", {}, lang)}>
              {view.atRisk.map((p) => (
                <li key={`${p.now.district ?? ""}\u0000${p.now.category}`}><Text>{riskText(p, lang)}</Text></li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
