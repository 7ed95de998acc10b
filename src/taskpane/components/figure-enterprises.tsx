import { useState, type ReactElement } from "react";
import { Button, makeStyles, Subtitle2, Tab, TabList, Text, tokens } from "@fluentui/react-components";
import type { EnterpriseEntry } from "../../core/explain/enterprise-entry";
import { MEASURES, ROW_MEASURES, type Measure } from "../../core/explain/enterprises-behind";
import { t, type Lang } from "../../core/i18n";
import { figureLists, groupList, indicatorList, type PickedFigure, type PickedGroupFigure, type PickedIndicatorFigure } from "../flow/figure-list";
import { groupTitle } from "../../core/explain/group-label";
import type { Flow } from "../flow/use-flow";
import { entryLabel } from "../../core/explain/entry-label";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  // Read by screen readers, and visible as the line saying which cell the list follows.
  live: { color: tokens.colorNeutralForeground3 },
  item: { justifyContent: "flex-start", textAlign: "left", width: "100%", height: "auto", minHeight: "28px", fontWeight: tokens.fontWeightRegular },
});

/** Enterprises listed at most; `anbiao explain` and the 明细 sheet list them all. */
const SHOWN = 200;

function entryLine(e: EnterpriseEntry, lang: Lang): string {
  const facts = [entryLabel("grade", e.grade, lang), e.validUntil ? t("pane.figure.until", { date: e.validUntil }, lang) : null, entryLabel("status", e.status, lang), entryLabel("why", e.why, lang)].filter((x) => x !== null);
  return `${e.name ?? t("pane.figure.noName", {}, lang)}${facts.length ? `（${facts.join("，")}）` : ""}`;
}

function EntryList({ flow, entries, lang, canSelect, name }: { flow: Flow; entries: readonly EnterpriseEntry[]; lang: Lang; canSelect: boolean; name: string }) {
  const styles = useStyles();
  if (entries.length === 0) return <Text>{t("pane.figure.none", {}, lang)}</Text>;
  return (
    <>
      <ul className={styles.list} aria-label={name}>
        {entries.slice(0, SHOWN).map((e) => (
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
      {entries.length > SHOWN && <Text>{t("pane.figure.more", { count: entries.length - SHOWN }, lang)}</Text>}
    </>
  );
}

/** What the list shows for a picked figure: its heading, its title (for the announcement) and its tabs or its one list. */
interface Shown {
  which: string;
  title: string;
  count: number;
  body: ReactElement;
}

function indicatorShown(props: { flow: Flow; figure: PickedIndicatorFigure; lang: Lang; canSelect: boolean }, district: string): Shown | null {
  const { flow, figure, lang } = props;
  const entries = indicatorList(flow.run!, figure);
  if (!entries) return null;
  const name = flow.run!.campaign.profile.indicators?.find((i) => i.id === figure.indicator)?.name ?? figure.indicator;
  return oneList(props, t("pane.figure.whichIndicator", { district, indicator: name }, lang), `${district} · ${name}`, entries);
}

/** A figure shown as one list (an indicator's count, a group's sum): its count, then its enterprises. */
function oneList(props: { flow: Flow; lang: Lang; canSelect: boolean }, which: string, title: string, entries: readonly EnterpriseEntry[]): Shown {
  return {
    which,
    title,
    count: entries.length,
    body: (
      <>
        <Text>{t("pane.figure.indicatorCount", { count: entries.length }, props.lang)}</Text>
        <EntryList {...props} entries={entries} name={title} />
      </>
    ),
  };
}

function groupShown(props: { flow: Flow; figure: PickedGroupFigure; lang: Lang; canSelect: boolean }, district: string): Shown {
  const { flow, figure, lang } = props;
  const entries = groupList(flow.run!, figure);
  const group = groupTitle({ district: figure.district, parts: figure.parts }, flow.run!.campaign.profile, lang);
  return oneList(props, t("pane.figure.whichGroup", { district, group }, lang), `${district} · ${group}`, entries);
}

/**
 * 数字背后的企业: the enterprises of the figure picked in the overview (base, attained and applying
 * tabs) or selected in an inserted summary sheet (on the cell's measure, a tab of its own for a count
 * target's actual figure; an indicator's one list),
 * each selecting its roster row. A figure picked by a selection is announced politely.
 */
export function FigureEnterprises({ flow, figure, lang, canSelect }: { flow: Flow; figure: PickedFigure; lang: Lang; canSelect: boolean }) {
  const styles = useStyles();
  const opening = "category" in figure ? (figure.measure ?? "base") : "base";
  const [measure, setMeasure] = useState<Measure>(opening);
  // A new pick opens on its own measure; the region stays mounted so its live line is announced.
  const [seen, setSeen] = useState(figure);
  if (seen !== figure) {
    setSeen(figure);
    setMeasure(opening);
  }
  if (!flow.run) return null;
  const district = figure.district ?? t("pane.compliance.total", {}, lang);
  let shown: Shown | null;
  if ("category" in figure) {
    const lists = figureLists(flow.run, figure);
    const categoryName = flow.run.campaign.profile.categories.find((c) => c.id === figure.category)?.name ?? figure.category;
    const measureName = t(`explain.measure.${measure}`, {}, lang);
    // The row's three counts, and the measure of a selected count target's actual figure (当年新增达标…) where the pick was one.
    const tabs = MEASURES.filter((m) => ROW_MEASURES.includes(m) || m === opening);
    shown = lists && {
      which: t("pane.figure.which", { district, category: categoryName }, lang),
      title: `${district} · ${categoryName} · ${measureName}`,
      count: lists[measure].length,
      body: (
        <>
          <TabList size="small" selectedValue={measure} onTabSelect={(_e, d) => setMeasure(d.value as Measure)} aria-label={t("pane.figure.measures", {}, lang)}>
            {tabs.map((m) => (
              <Tab key={m} value={m}>{t("pane.figure.measure", { measure: t(`explain.measure.${m}`, {}, lang), count: lists[m].length }, lang)}</Tab>
            ))}
          </TabList>
          <EntryList flow={flow} entries={lists[measure]} lang={lang} canSelect={canSelect} name={t("pane.figure.listName", { district, category: categoryName, measure: measureName }, lang)} />
        </>
      ),
    };
  } else if ("parts" in figure) {
    shown = groupShown({ flow, figure, lang, canSelect }, district);
  } else {
    shown = indicatorShown({ flow, figure, lang, canSelect }, district);
  }
  if (!shown) return null;
  return (
    <section className={styles.section} role="region" aria-labelledby="pane-figure-title">
      <Subtitle2 as="h2" id="pane-figure-title">{t("pane.figure.title", {}, lang)}</Subtitle2>
      <Text>{shown.which}</Text>
      <div className={styles.live} aria-live="polite" role="status">
        {figure.from ? t("pane.figure.selected", { sheet: figure.from.sheet, cell: figure.from.address, title: shown.title, count: shown.count }, lang) : ""}
      </div>
      {shown.body}
    </section>
  );
}
