import { Caption1, makeStyles, Title3, tokens } from "@fluentui/react-components";
import { t, type Lang } from "../../core/i18n";
import logo from "../../../assets/icons/icon-64.png";

const useStyles = makeStyles({
  header: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalM },
  logo: { width: "40px", height: "40px", flexShrink: 0 },
  text: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  subtitle: { color: tokens.colorNeutralForeground3 },
});

/** The product's name and what it does, above everything else in the pane. */
export function PaneHeader({ lang }: { lang: Lang }) {
  const styles = useStyles();
  return (
    <header className={styles.header}>
      <img className={styles.logo} src={logo} alt="" />
      <div className={styles.text}>
        <Title3 as="h1">{t("pane.title", {}, lang)}</Title3>
        <Caption1 className={styles.subtitle}>{t("pane.subtitle", {}, lang)}</Caption1>
      </div>
    </header>
  );
}
