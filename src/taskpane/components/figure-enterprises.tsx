import { useState } from "react";
import { Button, makeStyles, Subtitle2, Tab, TabList, Text, tokens } from "@fluentui/react-components";
import type { EnterpriseEntry } from "../../core/explain/enterprise-entry";
import { MEASURES, type Measure } from "../../core/explain/enterprises-behind";
import { t, type Lang } from "../../core/i18n";
import { figureLists, type PickedFigure } from "../flow/figure-list";
import type { Flow } from "../flow/use-flow";
import { entryLabel } from "../../core/explain/entry-label";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  item: { justifyContent: "flex-start", textAlign: "left", width: "100%", height: "auto", minHeight: "28px", fontWeight: tokens.fontWeightRegular },
});

/** Enterprises listed at most; `anbiao explain` and the 明细 sheet list them all. */
const SHOWN = 200;

function entryLine(e: EnterpriseEntry, lang: Lang): string {
  const facts = [entryLabel("grade", e.grade, lang), e.validUntil ? t("pane.figure.until", { date: e.validUntil }, lang) : null, entryLabel("status", e.status, lang), entryLabel("why", e.why, lang)].filter((x) => x !== null);
  return `${e.name ?? t("pane.figure.noName", {}, lang)}${facts.length ? `（${facts.join("，")}）` : ""}`;
}

/** 数字背后的企业: the base, attained and applying enterprises of the figure picked in the overview, each selecting its roster row. */
export function FigureEnterprises({ flow, figure, lang, canSelect }: { flow: Flow; figure: PickedFigure; lang: Lang; canSelect: boolean }) {
  const styles = useStyles();
  const [measure, setMeasure] = useState<Measure>("base");
  if (!flow.run) return null;
  const lists = figureLists(flow.run, figure);
  if (!lists) return null;
  const categoryName = flow.run.campaign.profile.categories.find((c) => c.id === figure.category)?.name ?? figure.category;
  const district = figure.district ?? t("pane.compliance.total", {}, lang);
  const shown = lists[measure];
  return (
    <section className={styles.section} role="region" aria-labelledby="pane-figure-title">
      <Subtitle2 as="h2" id="pane-figure-title">{t("pane.figure.title", {}, lang)}</Subtitle2>
      <Text>{t("pane.figure.which", { district, category: categoryName }, lang)}</Text>
      <TabList size="small" selectedValue={measure} onTabSelect={(_e, d) => setMeasure(d.value as Measure)} aria-label={t("pane.figure.measures", {}, lang)}>
        {MEASURES.map((m) => (
          <Tab key={m} value={m}>{t("pane.figure.measure", { measure: t(`explain.measure.${m}`, {}, lang), count: lists[m].length }, lang)}</Tab>
        ))}
      </TabList>
      {shown.length === 0 ? (
        <Text>{t("pane.figure.none", {}, lang)}</Text>
      ) : (
        <ul className={styles.list} aria-label={t("pane.figure.listName", { district, category: categoryName, measure: t(`explain.measure.${measure}`, {}, lang) }, lang)}>
          {shown.slice(0, SHOWN).map((e) => (
            <li key={`${e.sheet}\u0000${e.row}`}>
              {canSelect ? (
                <Button className={styles.item} appearance="subtle" size="small" onClick={() => flow.select(e.sheet, `${e.row}:${e.row}`)} title={t("pane.renewals.select", { sheet: e.sheet, row: e.row }, lang)}>
                  {entryLine(e, lang)}
                </Button>
              ) : (
                <Text>{entryLine(e, lang)}</Text>
              )}
            </li>
          ))}
        </ul>
      )}
      {shown.length > SHOWN && <Text>{t("pane.figure.more", { count: shown.length - SHOWN }, lang)}</Text>}
    </section>
  );
}
