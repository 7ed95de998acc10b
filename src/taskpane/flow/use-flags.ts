import { useState } from "react";
import type { Lang } from "../../core/i18n/lang";
import { t } from "../../core/i18n/translate";
import type { PaneWorkbook } from "./pane-workbook";
import type { Actions } from "./use-action";
import { needRun, type Check } from "./use-check";

/** 标出问题行 / 清除标记, and whether flags are on the sheets now. */
export interface Flags {
  flagged: boolean;
  add(): void;
  clear(): void;
}

/** Flags the rows of the last run's findings in place; clearing removes exactly those flags. */
export function useFlags(workbook: PaneWorkbook, check: Check, { act }: Actions, lang: Lang): Flags {
  const [flagged, setFlagged] = useState(false);
  return {
    flagged,
    add: () =>
      act("flag", async () => {
        const { findings } = needRun(check).result;
        const rows = await workbook.flagRows!(findings);
        setFlagged(rows > 0);
        const sheets = new Set(findings.filter((f) => f.row !== undefined).map((f) => f.sheet)).size;
        return { intent: "success", text: rows > 0 ? t("pane.flags.added", { rows, sheets }, lang) : t("pane.flags.nothing", {}, lang) };
      }),
    clear: () =>
      act("clear", async () => {
        await workbook.clearFlags!();
        setFlagged(false);
        return { intent: "success", text: t("pane.flags.cleared", {}, lang) };
      }),
  };
}
