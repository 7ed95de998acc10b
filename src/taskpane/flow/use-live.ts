import { useEffect, useState } from "react";
import type { Lang } from "../../core/i18n/lang";
import { t } from "../../core/i18n/translate";
import type { PaneWorkbook } from "./pane-workbook";
import { recheckSheet } from "./run-check";
import type { Actions } from "./use-action";
import type { Check } from "./use-check";

function first_(set: ReadonlySet<string>): string | null {
  for (const x of set) return x;
  return null;
}

/** The live re-check switch. */
export interface Live {
  on: boolean;
  set(on: boolean): void;
}

/**
 * Live re-check: after a check, the host tells of edits to the checked sheets outside the pane (the
 * pane's own writes are not reported); the changed sheet is read again and the run replaced. The
 * subscription lives while the switch is on and a run exists, not once per re-check.
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
    // Edits arrive faster than a sheet reads: sheets waiting are kept once each and read one at a time, in order.
    const pending = new Set<string>();
    let reading = false;
    const drain = async () => {
      reading = true;
      try {
        for (let sheet = first_(pending); sheet !== null && active; sheet = first_(pending)) {
          pending.delete(sheet);
          const started = performance.now();
          const grid = await readSheet.call(workbook, sheet);
          if (!active) return;
          replace(recheckSheet(runRef.current ?? first, grid));
          setNotice({ intent: "info", text: t("pane.live.rechecked", { sheet, ms: Math.round(performance.now() - started) }, lang) });
        }
      } finally {
        reading = false;
      }
    };
    watch.call(workbook, first.grids.map((g) => g.name), (change) => {
      pending.add(change.sheet);
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
