import { useEffect, useState } from "react";
import type { Lang } from "../../core/i18n/lang";
import { t } from "../../core/i18n/translate";
import type { PaneWorkbook, WorkbookChange } from "./pane-workbook";
import { recheckChange } from "./live-recheck";
import type { Actions } from "./use-action";
import type { Check } from "./use-check";

/** Edits of one sheet waiting beyond this many are not read one by one: the sheet is read whole once. */
const MAX_QUEUED_EDITS = 8;

/** The live re-check switch. */
export interface Live {
  on: boolean;
  set(on: boolean): void;
}

/**
 * Live re-check: after a check, the host tells of edits to the checked sheets outside the pane (the
 * pane's own writes are not reported); the edited rows are read again (or the sheet, see
 * recheckChange) and the run replaced. The subscription lives while the switch is on and a run
 * exists, not once per re-check.
 */
export function useLive(workbook: PaneWorkbook, check: Check, actions: Actions, lang: Lang): Live {
  const [on, set] = useState(true);
  const { fail, setNotice } = actions;
  const { runRef, replace } = check;
  const checked = check.run !== null;
  useEffect(() => {
    const { watch, readSheet } = workbook;
    const first = runRef.current;
    if (!on || !first || !watch || !readSheet) return;
    let stop: (() => Promise<void>) | null = null;
    let active = true;
    // Edits arrive faster than they are checked: they wait in order; a sheet with many waiting is read whole once.
    let pending: WorkbookChange[] = [];
    let reading = false;
    const drain = async () => {
      reading = true;
      try {
        while (pending.length > 0 && active) {
          const change = pending[0];
          const same = pending.filter((c) => c.sheet === change.sheet);
          const whole = same.length > MAX_QUEUED_EDITS;
          pending = whole ? pending.filter((c) => c.sheet !== change.sheet) : pending.slice(1);
          const started = performance.now();
          const { run } = await recheckChange(workbook, runRef.current ?? first, whole ? { sheet: change.sheet } : change);
          if (!active) return;
          replace(run);
          setNotice({ intent: "info", text: t("pane.live.rechecked", { sheet: change.sheet, ms: Math.round(performance.now() - started) }, lang) });
        }
      } finally {
        reading = false;
      }
    };
    watch.call(workbook, first.grids.map((g) => g.name), (change) => {
      pending.push(change);
      if (!reading) drain().catch(fail);
    }).then((unsubscribe) => {
      if (active) stop = unsubscribe;
      else void unsubscribe();
    }, fail);
    return () => {
      active = false;
      if (stop) void stop();
    };
  }, [on, checked, workbook, runRef, replace, lang, fail, setNotice]);
  return { on, set };
}
