import { Body1, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import { t, type Lang } from "../../core/i18n";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

/** The first step for a clerk once the pane is connected to a capable Excel. */
export function StartSection({ lang }: { lang: Lang }) {
  const styles = useStyles();
  return (
    <section className={styles.section}>
      <Subtitle2 as="h2">{t("pane.section.start", {}, lang)}</Subtitle2>
      <Body1>{t("pane.start.body", {}, lang)}</Body1>
    </section>
  );
}
