import type { Lang } from "../../core/i18n/lang";
import { t } from "../../core/i18n/translate";
import type { OpenedFile } from "../file/file-workbook";
import { gridReader } from "../file/grid-reader";
import { campaignOf } from "./campaign";
import type { DownloadFile, PaneWorkbook } from "./pane-workbook";
import type { Actions } from "./use-action";
import type { CampaignChoice } from "./use-campaign";

/** 汇总各地报表: the returned files → the city summary, written into the open workbook (Excel) or downloaded (standalone). */
export function useConsolidate(workbook: PaneWorkbook, campaign: CampaignChoice, { act }: Actions, lang: Lang): (files: OpenedFile[], save: (f: DownloadFile) => void) => void {
  return (files, save) =>
    act("consolidate", async () => {
      const { profile, year, asOf } = campaignOf({ profile: campaign.profile, year: campaign.year, asOf: campaign.asOf });
      // The consolidation engine is loaded on first use, not with the pane.
      const { consolidateFiles } = await import("../file/consolidate-files");
      const city = await consolidateFiles(files, profile, { asOf, year }, gridReader, new AbortController().signal, lang);
      const counts = { files: files.length, received: city.received, missing: city.missing, withErrors: city.withErrors };
      if (workbook.abilities.inPlace && workbook.writeSheets) {
        const written = await workbook.writeSheets(city.specs);
        return { intent: "success", text: t("pane.consolidate.inserted", { ...counts, sheets: written.names.join("、") }, lang) };
      }
      const { newWorkbookBytes } = await import("../../xlsx/write-workbook");
      const file = { name: t("pane.consolidate.fileName", { year }, lang), bytes: await newWorkbookBytes(city.specs) };
      save(file);
      return { intent: "success", text: t("pane.consolidate.downloaded", { ...counts, file: file.name }, lang) };
    });
}
