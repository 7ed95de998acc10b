import { useCallback, useRef, useState, type MutableRefObject } from "react";
import { UserError } from "../../core/errors";
import type { Lang } from "../../core/i18n/lang";
import { t } from "../../core/i18n/translate";
import { campaignOf, type CampaignInput } from "./campaign";
import { isAbort } from "./error-message";
import type { PaneWorkbook, ReadProgress } from "./pane-workbook";
import { recordCount, runCheck, type CheckRun } from "./run-check";
import { skippedReasons } from "./sheet-reports";
import type { Actions } from "./use-action";

/** Where checking stands: not run, reading (with progress), analysing, or done. */
export type CheckPhase = { phase: "idle" } | { phase: "reading"; progress: ReadProgress | null } | { phase: "analyzing"; records: number } | { phase: "done" };

/** 检查台账 and its outcome: the phase, the last run, and what replaces it. */
export interface Check {
  phase: CheckPhase;
  run: CheckRun | null;
  /** The run as of now, for callbacks that outlive a render. */
  runRef: MutableRefObject<CheckRun | null>;
  start(campaign: CampaignInput, overrides: Record<string, string>): void;
  cancel(): void;
  /** The last run again on its grids with another mapping (no re-read). */
  remap(overrides: Record<string, string>): void;
  /** Shows a newer run (a live re-check). */
  replace(run: CheckRun): void;
}

/** Reads the workbook (cancellable, with progress), runs the engine, and keeps the run for the other actions. */
export function useCheck(workbook: PaneWorkbook, actions: Actions, lang: Lang): Check {
  const [phase, setPhase] = useState<CheckPhase>({ phase: "idle" });
  const [run, setRun] = useState<CheckRun | null>(null);
  const runRef = useRef<CheckRun | null>(null);
  const abort = useRef<AbortController | null>(null);
  const { setNotice, fail } = actions;

  const replace = useCallback((next: CheckRun) => {
    runRef.current = next;
    setRun(next);
  }, []);

  const analyze = useCallback(
    async (input: CampaignInput, overrides: Record<string, string>) => {
      const campaign = campaignOf(input);
      const controller = new AbortController();
      abort.current = controller;
      setPhase({ phase: "reading", progress: null });
      try {
        const grids = await workbook.readGrids((p) => setPhase({ phase: "reading", progress: p }), controller.signal);
        setPhase({ phase: "analyzing", records: grids.reduce((n, g) => n + g.values.length, 0) });
        // Let the progress paint before the engine holds the thread.
        await new Promise((r) => setTimeout(r, 0));
        const next = runCheck(grids, campaign, overrides);
        if (next.result.rosters.read.rosters.length === 0 && next.result.tables.tables.length === 0) {
          throw new UserError("pane.check.noRoster", { reasons: skippedReasons(next, lang) });
        }
        replace(next);
        setPhase({ phase: "done" });
        setNotice({ intent: "success", text: t("pane.check.done", { sheets: grids.length, records: recordCount(next), seconds: (next.ms / 1000).toFixed(1) }, lang) });
      } catch (err) {
        setPhase(runRef.current ? { phase: "done" } : { phase: "idle" });
        if (isAbort(err)) setNotice({ intent: "info", text: t("pane.check.cancelled", {}, lang) });
        else fail(err);
      } finally {
        abort.current = null;
      }
    },
    [workbook, lang, fail, setNotice, replace],
  );

  const start = useCallback(
    (input: CampaignInput, overrides: Record<string, string>) => {
      setNotice(null);
      void analyze(input, overrides).catch(fail);
    },
    [analyze, fail, setNotice],
  );

  const remap = useCallback(
    (overrides: Record<string, string>) => {
      const current = runRef.current;
      if (!current) return;
      try {
        replace(runCheck(current.grids, current.campaign, overrides));
      } catch (err) {
        fail(err);
      }
    },
    [replace, fail],
  );

  return { phase, run, runRef, start, cancel: () => abort.current?.abort(), remap, replace };
}

/** The last run, or the sentence asking for 检查台账 first. */
export function needRun(check: Check): CheckRun {
  const r = check.runRef.current;
  if (!r) throw new UserError("pane.needsCheck");
  return r;
}
