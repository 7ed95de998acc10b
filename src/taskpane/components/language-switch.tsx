import { Button } from "@fluentui/react-components";
import { t, type Lang } from "../../core/i18n";

/** The English / 中文 switch; the pane speaks Chinese unless asked. */
export function LanguageSwitch({ lang, onChange }: { lang: Lang; onChange(lang: Lang): void }) {
  return (
    <Button size="small" appearance="subtle" aria-label={t("pane.lang.switchLabel", {}, lang)} onClick={() => onChange(lang === "en" ? "zh-CN" : "en")}>
      {t("pane.lang.switch", {}, lang)}
    </Button>
  );
}
