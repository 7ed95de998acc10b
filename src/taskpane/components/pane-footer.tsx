import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { t, type Lang } from "../../core/i18n";

const useStyles = makeStyles({
  footer: { marginTop: "auto", color: tokens.colorNeutralForeground3 },
});

/** The product and the version the pane was released as, so a clerk can tell IT which one they run. */
export function PaneFooter({ version, lang }: { version: string; lang: Lang }) {
  const styles = useStyles();
  return (
    <footer className={styles.footer}>
      <Caption1>{`${t("pane.title", {}, lang)} ${version}`}</Caption1>
    </footer>
  );
}
