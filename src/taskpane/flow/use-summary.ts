import { useState } from "react";
import type { Lang } from "../../core/i18n/lang";
import { t } from "../../core/i18n/translate";
import type { DownloadMode, PaneWorkbook } from "./pane-workbook";
import { summarySpecs } from "./summary-specs";
import { figureCells, type FigureCells } from "./figure-cells";
import type { Actions } from "./use-action";
import { needRun, type Check } from "./use-check";
import { useProgress, type ProgressChoice } from "./use-progress";

/** 插入汇总表 / 删除汇总表 in Excel, 下载汇总表 over files. */
export interface Summary {
  inserted: boolean;
  /** The figures of the sheets inserted, by sheet and cell, for a selection in them; null when none are in. */
  figures: FigureCells | null;
  /** 历年进度 on the 图表 sheet, for the insert and the download alike. */
  progress: ProgressChoice;
  insert(): void;
  remove(): void;
  download(mode: DownloadMode, save: (f: { name: string; bytes: Uint8Array }) => void): void;
}

/** The summary sheets of the last run: written into the workbook (ours replaced only), removed, or downloaded. */
export function useSummary(workbook: PaneWorkbook, check: Check, { act }: Actions, lang: Lang): Summary {
  const [inserted, setInserted] = useState(false);
  const [figures, setFigures] = useState<FigureCells | null>(null);
  const progress = useProgress(check.run);
  return {
    inserted,
    figures,
    progress,
    insert: () =>
      act("insert", async () => {
        const specs = summarySpecs(needRun(check), { mode: "internal" }, lang, workbook.label, progress.chosen);
        const written = await workbook.writeSheets!(specs);
        setInserted(true);
        setFigures(figureCells(specs, new Map((written.sheets ?? []).map((s) => [s.spec, s.name]))));
        const done = t("pane.summary.inserted", { sheets: written.names.join("、") }, lang);
        if (written.skipped.length === 0) return { intent: "success", text: done };
        // What this Excel could not write (print setup at 1.7 …) is said, not dropped.
        return { intent: "warning", text: [done, ...written.skipped.map((s) => t(s.key, { sheet: s.sheet }, lang))].join(t("pane.summary.skippedJoin", {}, lang)) };
      }),
    remove: () =>
      act("remove", async () => {
        const count = await workbook.removeGenerated!();
        setInserted(false);
        setFigures(null);
        return { intent: "success", text: t("pane.summary.removed", { count }, lang) };
      }),
    download: (mode, save) =>
      act("download", async () => {
        const run = needRun(check);
        const specs = summarySpecs(run, mode === "copy" ? { mode: "internal" } : { mode: "external", file: workbook.label }, lang, workbook.label, progress.chosen);
        const file = await workbook.download!(specs, mode);
        save(file);
        return { intent: "success", text: t("pane.summary.downloaded", { file: file.name }, lang) };
      }),
  };
}
