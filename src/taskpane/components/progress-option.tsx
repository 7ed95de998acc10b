import { Caption1, Checkbox, makeStyles, Switch, tokens } from "@fluentui/react-components";
import { yearOf } from "../../core/calendar/iso-date";
import { t, type Lang } from "../../core/i18n";
import type { Flow } from "../flow/use-flow";

const useStyles = makeStyles({
  option: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS, flexBasis: "100%" },
  years: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS },
});

/**
 * 「历年进度」 beside the summary's buttons: on, the 图表 sheet inserted (or downloaded) also charts
 * the city's progress over the years ticked, by default every year the profile sets a rate target
 * in up to the as-of year.
 */
export function ProgressOption({ flow, lang }: { flow: Flow; lang: Lang }) {
  const styles = useStyles();
  const run = flow.run;
  if (!run) return null;
  const { progress } = flow;
  const busy = flow.busy !== null;
  if (progress.offered.length < 2) {
    return (
      <div className={styles.option}>
        <Switch disabled checked={false} label={t("pane.progress.switch", {}, lang)} />
        <Caption1>{t("pane.progress.none", { year: yearOf(run.campaign.asOf) }, lang)}</Caption1>
      </div>
    );
  }
  return (
    <div className={styles.option}>
      <Switch checked={progress.on} disabled={busy} onChange={(_e, d) => progress.setOn(d.checked)} label={t("pane.progress.switch", {}, lang)} />
      <Caption1>{t("pane.progress.hint", {}, lang)}</Caption1>
      {progress.on && (
        <div role="group" aria-label={t("pane.progress.years", {}, lang)} className={styles.years}>
          {progress.offered.map((year) => {
            const ticked = progress.years.includes(year);
            // Progress needs two years: the last two ticked cannot be unticked.
            const locked = ticked && progress.years.length <= 2;
            return <Checkbox key={year} checked={ticked} disabled={busy || locked} onChange={(_e, d) => progress.setYear(year, d.checked === true)} label={t("pane.progress.year", { year }, lang)} />;
          })}
        </div>
      )}
    </div>
  );
}
