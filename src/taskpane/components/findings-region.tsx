import { useState } from "react";
import { Badge, Button, Field, makeStyles, Select, Subtitle2, Text, tokens } from "@fluentui/react-components";
import type { Finding, Severity } from "../../core/finding/finding";
import { summarizeFindings } from "../../core/finding/finding";
import { t, type Lang } from "../../core/i18n";
import { filterFindings, findingAddress, findingSheets, groupByRule, type FindingFilter } from "../flow/finding-groups";
import type { Flow } from "../flow/use-flow";

const useStyles = makeStyles({
  region: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  filters: { display: "flex", columnGap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  finding: { justifyContent: "flex-start", textAlign: "left", width: "100%", height: "auto", minHeight: "28px", fontWeight: tokens.fontWeightRegular },
  summary: { cursor: "pointer", padding: `${tokens.spacingVerticalXS} 0` },
});

/** Findings listed per rule at most; the rest are counted (the 校验结果 sheet lists them all). */
const PER_GROUP = 100;

const BADGE: Record<Severity, "danger" | "warning" | "informative"> = { error: "danger", warning: "warning", info: "informative" };
const SEVERITIES: (Severity | "all")[] = ["all", "error", "warning", "info"];

function severityName(s: Severity | "all", lang: Lang): string {
  return s === "all" ? t("pane.findings.all", {}, lang) : t(`severity.${s}`, {}, lang);
}

function FindingItem({ finding, flow, lang, canSelect }: { finding: Finding; flow: Flow; lang: Lang; canSelect: boolean }) {
  const styles = useStyles();
  const address = findingAddress(finding);
  const where = finding.sheet && address ? t("pane.findings.where", { sheet: finding.sheet, cell: finding.cell ?? address }, lang) : "";
  const text = `${where ? `${where} ` : ""}${t(finding.rule, finding.params, lang)}`;
  if (!canSelect || !finding.sheet || !address) return <li><Text>{text}</Text></li>;
  return (
    <li>
      <Button className={styles.finding} appearance="subtle" size="small" onClick={() => flow.select(finding.sheet as string, address)} title={t("pane.findings.select", { where }, lang)}>
        {text}
      </Button>
    </li>
  );
}

/** 检查结果: counts by severity, filters by severity and sheet, findings grouped by rule; each finding selects its cell. */
export function FindingsRegion({ flow, lang, canSelect }: { flow: Flow; lang: Lang; canSelect: boolean }) {
  const styles = useStyles();
  const [filter, setFilter] = useState<FindingFilter>({ severity: "all", sheet: "all" });
  if (!flow.run) return null;
  const all = flow.run.result.findings;
  const counts = summarizeFindings(all);
  const shown = filterFindings(all, filter);
  const groups = groupByRule(shown);
  const sheets = findingSheets(all);
  return (
    <section className={styles.region} role="region" aria-labelledby="pane-findings-title">
      <Subtitle2 as="h2" id="pane-findings-title">{t("pane.findings.title", {}, lang)}</Subtitle2>
      <Text role="status">{t("pane.findings.counts", { errors: counts.errors, warnings: counts.warnings, infos: counts.infos }, lang)}</Text>
      <div className={styles.filters}>
        <Field label={t("pane.findings.filterSeverity", {}, lang)} size="small">
          <Select size="small" value={filter.severity} onChange={(_e, d) => setFilter({ ...filter, severity: d.value as Severity | "all" })}>
            {SEVERITIES.map((s) => (
              <option key={s} value={s}>{severityName(s, lang)}</option>
            ))}
          </Select>
        </Field>
        <Field label={t("pane.findings.filterSheet", {}, lang)} size="small">
          <Select size="small" value={filter.sheet} onChange={(_e, d) => setFilter({ ...filter, sheet: d.value })}>
            <option value="all">{t("pane.findings.allSheets", {}, lang)}</option>
            {sheets.map((s) => (
              <option key={s} value={s}>{s}</option>
            ))}
          </Select>
        </Field>
      </div>
      {shown.length === 0 && <Text>{t("pane.findings.none", {}, lang)}</Text>}
      {groups.map((g, k) => (
        <details key={g.rule} open={k === 0}>
          <summary className={styles.summary}>
            <Badge appearance="tint" color={BADGE[g.severity]}>{severityName(g.severity, lang)}</Badge>{" "}
            {t("pane.findings.group", { rule: g.rule, count: g.findings.length }, lang)}
          </summary>
          <ul className={styles.list}>
            {g.findings.slice(0, PER_GROUP).map((f, i) => (
              <FindingItem key={i} finding={f} flow={flow} lang={lang} canSelect={canSelect} />
            ))}
          </ul>
          {g.findings.length > PER_GROUP && <Text>{t("pane.findings.more", { count: g.findings.length - PER_GROUP }, lang)}</Text>}
        </details>
      ))}
    </section>
  );
}
