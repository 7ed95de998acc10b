import { useCallback, useEffect, useRef, useState } from "react";
import type { Lang } from "../../core/i18n/lang";
import { t } from "../../core/i18n/translate";
import { builtinProfiles } from "../../core/profile/builtin";
import type { Profile } from "../../core/profile/schema";
import { fixCountTables, type CellEdit, type KeptTotal } from "../../core/tables/fix";
import { campaignOf, defaultPeriod } from "./campaign";
import { errorSentence, isAbort } from "./error-message";
import type { DownloadMode, PaneWorkbook, ReadProgress } from "./pane-workbook";
import { browserStore, recallMapping, rememberMapping } from "./remembered-mapping";
import { recheckSheet, recordCount, runCheck, type CheckRun } from "./run-check";
import { summarySpecs } from "./summary-specs";
import { skippedReasons } from "./sheet-reports";
import { UserError } from "../../core/errors";

/** A line of feedback under the actions: what happened, or what went wrong, in one sentence. */
export interface Notice {
  intent: "success" | "error" | "info" | "warning";
  text: string;
}

/** Where checking stands: not run, reading (with progress), analysing, or done. */
export type CheckPhase = { phase: "idle" } | { phase: "reading"; progress: ReadProgress | null } | { phase: "analyzing"; records: number } | { phase: "done" };

/** Rate edits shown for confirmation, and those applied (to restore). */
export interface RateState {
  pending: CellEdit[] | null;
  kept: KeptTotal[];
  applied: CellEdit[] | null;
}

/** Everything the pane shows, and the clerk's actions on it. */
export interface Flow {
  profiles: Profile[];
  profileId: string;
  year: string;
  asOf: string;
  overrides: Record<string, string>;
  rememberedMapping: boolean;
  check: CheckPhase;
  run: CheckRun | null;
  notice: Notice | null;
  busy: string | null;
  flagged: boolean;
  summaryIn: boolean;
  rates: RateState;
  live: boolean;
  setProfileId(id: string): void;
  addProfile(p: Profile): void;
  setYear(v: string): void;
  setAsOf(v: string): void;
  setOverride(key: string, field: string | null): void;
  resetMapping(): void;
  startCheck(): void;
  cancelCheck(): void;
  select(sheet: string, address: string): void;
  flagRows(): void;
  clearFlags(): void;
  insertSummary(): void;
  removeSummary(): void;
  proposeRates(): void;
  confirmRates(): void;
  dismissRates(): void;
  restoreRates(): void;
  setLive(on: boolean): void;
  download(mode: DownloadMode, save: (f: { name: string; bytes: Uint8Array }) => void): void;
  report(notice: Notice): void;
}

/** The clerk's flow over one workbook: campaign → check → findings → flags, summary, rates, live re-check. */
export function useFlow(workbook: PaneWorkbook, lang: Lang, now: Date = new Date()): Flow {
  const [profiles, setProfiles] = useState<Profile[]>(builtinProfiles);
  const [profileId, setProfileId] = useState(builtinProfiles[0].id);
  const [period] = useState(() => defaultPeriod(now));
  const [year, setYear] = useState(period.year);
  const [asOf, setAsOf] = useState(period.asOf);
  const store = browserStore();
  const [overrides, setOverrides] = useState<Record<string, string>>(() => recallMapping(store, workbook.key));
  const [rememberedMapping] = useState(() => Object.keys(recallMapping(store, workbook.key)).length > 0);
  const [check, setCheck] = useState<CheckPhase>({ phase: "idle" });
  const [run, setRun] = useState<CheckRun | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [flagged, setFlagged] = useState(false);
  const [summaryIn, setSummaryIn] = useState(false);
  const [rates, setRates] = useState<RateState>({ pending: null, kept: [], applied: null });
  const [live, setLive] = useState(true);
  const abort = useRef<AbortController | null>(null);
  const runRef = useRef<CheckRun | null>(null);
  runRef.current = run;

  const fail = useCallback((err: unknown) => setNotice({ intent: "error", text: errorSentence(err, lang) }), [lang]);
  const profile = profiles.find((p) => p.id === profileId) ?? profiles[0];

  const analyze = useCallback(
    async (overridesNow: Record<string, string>) => {
      const campaign = campaignOf({ profile, year, asOf });
      const controller = new AbortController();
      abort.current = controller;
      setCheck({ phase: "reading", progress: null });
      try {
        const grids = await workbook.readGrids((p) => setCheck({ phase: "reading", progress: p }), controller.signal);
        const records = grids.reduce((n, g) => n + g.values.length, 0);
        setCheck({ phase: "analyzing", records });
        // Let the progress paint before the engine holds the thread.
        await new Promise((r) => setTimeout(r, 0));
        const next = runCheck(grids, campaign, overridesNow);
        const { rosters, tables } = next.result;
        if (rosters.read.rosters.length === 0 && tables.tables.length === 0) {
          throw new UserError("pane.check.noRoster", { reasons: skippedReasons(next, lang) });
        }
        setRun(next);
        setCheck({ phase: "done" });
        setNotice({ intent: "success", text: t("pane.check.done", { sheets: grids.length, records: recordCount(next), seconds: (next.ms / 1000).toFixed(1) }, lang) });
      } catch (err) {
        setCheck(runRef.current ? { phase: "done" } : { phase: "idle" });
        if (isAbort(err)) setNotice({ intent: "info", text: t("pane.check.cancelled", {}, lang) });
        else fail(err);
      } finally {
        abort.current = null;
      }
    },
    [workbook, profile, year, asOf, lang, fail],
  );

  const startCheck = useCallback(() => {
    setNotice(null);
    void analyze(overrides).catch(fail);
  }, [analyze, overrides, fail]);

  const setOverride = useCallback(
    (key: string, field: string | null) => {
      const next = { ...overrides, [key]: field ?? "none" };
      setOverrides(next);
      rememberMapping(store, workbook.key, next);
      const current = runRef.current;
      if (current) {
        try {
          setRun(runCheck(current.grids, current.campaign, next));
        } catch (err) {
          fail(err);
        }
      }
    },
    [overrides, store, workbook.key, fail],
  );

  const resetMapping = useCallback(() => {
    setOverrides({});
    rememberMapping(store, workbook.key, {});
    const current = runRef.current;
    if (current) setRun(runCheck(current.grids, current.campaign, {}));
  }, [store, workbook.key]);

  /** Runs one workbook action with the busy mark, its success sentence, and any error as one sentence. */
  const act = useCallback(
    (name: string, action: () => Promise<Notice | null>) => {
      setBusy(name);
      setNotice(null);
      action().then(
        (n) => {
          setBusy(null);
          if (n) setNotice(n);
        },
        (err: unknown) => {
          setBusy(null);
          fail(err);
        },
      );
    },
    [fail],
  );

  const needRun = (): CheckRun => {
    const r = runRef.current;
    if (!r) throw new UserError("pane.needsCheck");
    return r;
  };

  // Live re-check: the host tells of edits outside the pane; the changed sheet is read again and checked.
  useEffect(() => {
    if (!live || !run || !workbook.watch || !workbook.readSheet) return;
    let stop: (() => Promise<void>) | null = null;
    let live_ = true;
    const readSheet = workbook.readSheet.bind(workbook);
    workbook
      .watch((change) => {
        const current = runRef.current;
        if (!current || !current.grids.some((g) => g.name === change.sheet)) return;
        const started = performance.now();
        readSheet(change.sheet).then(
          (grid) => {
            const next = recheckSheet(runRef.current ?? current, grid);
            setRun(next);
            setNotice({ intent: "info", text: t("pane.live.rechecked", { sheet: change.sheet, ms: Math.round(performance.now() - started) }, lang) });
          },
          fail,
        );
      })
      .then((unsubscribe) => {
        if (live_) stop = unsubscribe;
        else void unsubscribe();
      }, fail);
    return () => {
      live_ = false;
      if (stop) void stop();
    };
    // Subscribe once per check run's existence, not on every re-check.
  }, [live, run !== null, workbook, lang, fail]);

  return {
    profiles,
    profileId,
    year,
    asOf,
    overrides,
    rememberedMapping,
    check,
    run,
    notice,
    busy,
    flagged,
    summaryIn,
    rates,
    live,
    setProfileId,
    addProfile: (p) => {
      setProfiles((list) => [...list.filter((x) => x.id !== p.id), p]);
      setProfileId(p.id);
    },
    setYear,
    setAsOf,
    setOverride,
    resetMapping,
    startCheck,
    cancelCheck: () => abort.current?.abort(),
    select: (sheet, address) => act("select", async () => {
      await workbook.select?.(sheet, address);
      return null;
    }),
    flagRows: () =>
      act("flag", async () => {
        const r = needRun();
        const rows = await workbook.flagRows!(r.result.findings);
        setFlagged(rows > 0);
        return { intent: "success", text: rows > 0 ? t("pane.flags.added", { rows, sheets: new Set(r.result.findings.map((f) => f.sheet)).size }, lang) : t("pane.flags.nothing", {}, lang) };
      }),
    clearFlags: () =>
      act("clear", async () => {
        await workbook.clearFlags!();
        setFlagged(false);
        return { intent: "success", text: t("pane.flags.cleared", {}, lang) };
      }),
    insertSummary: () =>
      act("insert", async () => {
        const names = await workbook.writeSheets!(summarySpecs(needRun(), { mode: "internal" }, lang, workbook.label));
        setSummaryIn(true);
        return { intent: "success", text: t("pane.summary.inserted", { sheets: names.join("、") }, lang) };
      }),
    removeSummary: () =>
      act("remove", async () => {
        const count = await workbook.removeGenerated!();
        setSummaryIn(false);
        return { intent: "success", text: t("pane.summary.removed", { count }, lang) };
      }),
    proposeRates: () =>
      act("rates", async () => {
        const r = needRun();
        const { fixes } = fixCountTables(r.grids, r.campaign.profile);
        const edits = fixes.flatMap((f) => f.edits);
        const kept = fixes.flatMap((f) => f.keptTotals);
        if (edits.length === 0) return { intent: "info", text: t("pane.rates.none", {}, lang) };
        setRates((s) => ({ ...s, pending: edits, kept }));
        return null;
      }),
    confirmRates: () =>
      act("rates", async () => {
        const edits = rates.pending ?? [];
        setRates((s) => ({ ...s, pending: null }));
        await workbook.applyEdits!(edits);
        setRates((s) => ({ ...s, applied: [...(s.applied ?? []), ...edits] }));
        return { intent: "success", text: t("pane.rates.done", { count: edits.length }, lang) };
      }),
    dismissRates: () => setRates((s) => ({ ...s, pending: null })),
    restoreRates: () =>
      act("restore", async () => {
        const edits = rates.applied ?? [];
        await workbook.restoreEdits!(edits);
        setRates((s) => ({ ...s, applied: null }));
        return { intent: "success", text: t("pane.rates.restored", { count: edits.length }, lang) };
      }),
    setLive,
    download: (mode, save) =>
      act("download", async () => {
        const r = needRun();
        const specs = summarySpecs(r, mode === "copy" ? { mode: "internal" } : { mode: "external", file: workbook.label }, lang, workbook.label);
        const file = await workbook.download!(specs, mode);
        save(file);
        return { intent: "success", text: t("pane.summary.downloaded", { file: file.name }, lang) };
      }),
    report: setNotice,
  };
}
