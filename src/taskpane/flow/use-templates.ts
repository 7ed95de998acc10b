import type { Lang } from "../../core/i18n/lang";
import { t } from "../../core/i18n/translate";
import type { DownloadFile } from "./pane-workbook";
import type { Actions } from "./use-action";
import type { CampaignChoice } from "./use-campaign";
import type { Check } from "./use-check";

/** 生成填报模板: the district templates of the chosen campaign as one download. */
export function useTemplates(campaign: CampaignChoice, check: Check, { act }: Actions, lang: Lang): (save: (f: DownloadFile) => void) => void {
  return (save) =>
    act("templates", async () => {
      if (!/^\d{4}$/.test(campaign.year.trim())) return { intent: "error", text: t("pane.campaign.badYear", {}, lang) };
      // The checked roster, when it is this campaign's, gives each district its bases.
      const run = check.runRef.current;
      const figures = run && run.campaign.profile.id === campaign.profile.id ? run.result.rosters.metrics : undefined;
      // Templates need the template builder and ExcelJS: loaded on first use, not with the pane.
      const { templatesZip } = await import("./district-templates");
      const { file, count } = await templatesZip(campaign.profile, Number(campaign.year.trim()), figures, lang);
      save(file);
      return { intent: "success", text: t("pane.templates.done", { count, file: file.name }, lang) };
    });
}
