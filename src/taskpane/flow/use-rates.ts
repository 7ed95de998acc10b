import { useState } from "react";
import type { Lang } from "../../core/i18n/lang";
import { t } from "../../core/i18n/translate";
import { fixCountTables, type CellEdit, type KeptTotal } from "../../core/tables/fix";
import type { PaneWorkbook } from "./pane-workbook";
import type { Actions } from "./use-action";
import { needRun, type Check } from "./use-check";

/** Rate edits shown for confirmation, and how many cells are changed now (to restore). */
export interface RateState {
  pending: CellEdit[] | null;
  kept: KeptTotal[];
  applied: number;
}

/** 把率改成公式 (after a confirmation listing every cell) and 恢复原值. */
export interface Rates {
  state: RateState;
  propose(): void;
  confirm(): void;
  dismiss(): void;
  restore(): void;
}

/** What `anbiao fix-rates` does, in place: propose the edits, write them once confirmed, put the old cells back on request. */
export function useRates(workbook: PaneWorkbook, check: Check, { act }: Actions, lang: Lang): Rates {
  const [state, setState] = useState<RateState>({ pending: null, kept: [], applied: 0 });
  return {
    state,
    propose: () =>
      act("rates", async () => {
        const run = needRun(check);
        const { fixes } = fixCountTables(run.grids, run.campaign.profile);
        const edits = fixes.flatMap((f) => f.edits);
        if (edits.length === 0) return { intent: "info", text: t("pane.rates.none", {}, lang) };
        setState((s) => ({ ...s, pending: edits, kept: fixes.flatMap((f) => f.keptTotals) }));
        return null;
      }),
    confirm: () =>
      act("rates", async () => {
        const edits = state.pending ?? [];
        setState((s) => ({ ...s, pending: null }));
        await workbook.applyEdits!(edits);
        setState((s) => ({ ...s, applied: s.applied + edits.length }));
        return { intent: "success", text: t("pane.rates.done", { count: edits.length }, lang) };
      }),
    dismiss: () => setState((s) => ({ ...s, pending: null })),
    restore: () =>
      act("restore", async () => {
        const count = await workbook.restoreEdits!();
        setState((s) => ({ ...s, applied: 0 }));
        return { intent: "success", text: t("pane.rates.restored", { count }, lang) };
      }),
  };
}
