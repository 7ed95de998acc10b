import { useState } from "react";
import type { Lang } from "../../core/i18n/lang";
import { t } from "../../core/i18n/translate";
import type { DownloadMode, PaneWorkbook } from "./pane-workbook";
import { summarySpecs } from "./summary-specs";
import type { Actions } from "./use-action";
import { needRun, type Check } from "./use-check";

/** 插入汇总表 / 删除汇总表 in Excel, 下载汇总表 over files. */
export interface Summary {
  inserted: boolean;
  insert(): void;
  remove(): void;
  download(mode: DownloadMode, save: (f: { name: string; bytes: Uint8Array }) => void): void;
}

/** The summary sheets of the last run: written into the workbook (ours replaced only), removed, or downloaded. */
export function useSummary(workbook: PaneWorkbook, check: Check, { act }: Actions, lang: Lang): Summary {
  const [inserted, setInserted] = useState(false);
  return {
    inserted,
    insert: () =>
      act("insert", async () => {
        const written = await workbook.writeSheets!(summarySpecs(needRun(check), { mode: "internal" }, lang, workbook.label));
        setInserted(true);
        const done = t("pane.summary.inserted", { sheets: written.names.join("、") }, lang);
        if (written.skipped.length === 0) return { intent: "success", text: done };
        // What this Excel could not write (print setup at 1.7 …) is said, not dropped.
        return { intent: "warning", text: [done, ...written.skipped.map((s) => t(s.key, { sheet: s.sheet }, lang))].join(t("pane.summary.skippedJoin", {}, lang)) };
      }),
    remove: () =>
      act("remove", async () => {
        const count = await workbook.removeGenerated!();
        setInserted(false);
        return { intent: "success", text: t("pane.summary.removed", { count }, lang) };
      }),
    download: (mode, save) =>
      act("download", async () => {
        const run = needRun(check);
        const specs = summarySpecs(run, mode === "copy" ? { mode: "internal" } : { mode: "external", file: workbook.label }, lang, workbook.label);
        const file = await workbook.download!(specs, mode);
        save(file);
        return { intent: "success", text: t("pane.summary.downloaded", { file: file.name }, lang) };
      }),
  };
}
