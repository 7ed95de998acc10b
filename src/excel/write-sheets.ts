// Writes generated sheets: our earlier sheets are cleared and rewritten in place (same sheet, same
// position, so references to them survive), new ones are added; a user's sheet is never touched.
import { appendAll } from "../core/collections";
import { placeSheets } from "../core/spec/place-sheets";
import type { SheetSpec } from "../core/spec/spec";
import { throwIfAborted, type SkippedPart, type WriteResult, type WriteSheetsOptions } from "../port/workbook-port";
import type { ApiLevels } from "./capabilities";
import { errorCode } from "./run";
import { markerOf, scanSheets, type ScannedSheet } from "./sheet-markers";
import { clearStep, specSteps, type WriteStep } from "./write-spec";

/** Request bytes one write sync may carry: well under the 5 MB of Excel on the web. */
export const WRITE_SYNC_BYTES = 3_000_000;
/** Below this many request bytes a sync is not made smaller: the host's limit cannot be that low. */
const MIN_SYNC_BYTES = 1_024;

/** A step still to sync, with the index of the spec step it is (part of), for progress. */
interface Pending {
  step: WriteStep;
  index: number;
}

/** The steps cut (where they can be) until each fits the budget. */
function fitted(list: readonly Pending[], budget: number): Pending[] {
  return list.flatMap((p) => (p.step.bytes > budget && p.step.split ? fitted(p.step.split().map((step) => ({ step, index: p.index })), budget) : [p]));
}

/**
 * Syncs the queued steps in as few batches as the byte budget allows; calculation is suspended in
 * each. A host whose payload limit is lower (Excel rejects the whole request, nothing applied) gets
 * the same steps again with half the budget, cut into smaller steps where they are larger than it.
 */
async function runSteps(ctx: Excel.RequestContext, steps: readonly WriteStep[], signal?: AbortSignal, done?: (index: number) => void): Promise<void> {
  let budget = WRITE_SYNC_BYTES;
  let pending: Pending[] = steps.map((step, index) => ({ step, index }));
  let at = 0;
  let batch: Pending[] = [];
  let bytes = 0;
  while (at < pending.length || batch.length > 0) {
    const next = pending[at] as Pending | undefined;
    if (next === undefined || (batch.length > 0 && bytes + next.step.bytes > budget)) {
      try {
        // eslint-disable-next-line anbiao/no-sync-in-loop -- one sync per batch of steps, sized to the payload limit
        await ctx.sync();
      } catch (err) {
        if (errorCode(err) !== "RequestPayloadSizeLimitExceeded" || bytes / 2 < MIN_SYNC_BYTES || (batch.length === 1 && !batch[0].step.split)) throw err;
        budget = Math.floor(bytes / 2);
        pending = [...fitted(batch, budget), ...pending.slice(at)];
        at = 0;
        batch = [];
        bytes = 0;
        continue;
      }
      done?.(next?.index ?? steps.length);
      batch = [];
      bytes = 0;
      throwIfAborted(signal);
      continue;
    }
    at++;
    if (batch.length === 0) ctx.workbook.application.suspendApiCalculationUntilNextSync();
    next.step.queue(ctx);
    batch.push(next);
    bytes += next.step.bytes;
  }
}

/** The chart names on the sheets about to be rewritten, in one sync (none when no sheet is rewritten). */
async function chartsOf(ctx: Excel.RequestContext, levels: ApiLevels, replaced: readonly string[], sheets: readonly ScannedSheet[]): Promise<Map<string, string[]>> {
  const ids = sheets.filter((s) => replaced.includes(s.name)).map((s) => s.id);
  if (ids.length === 0 || !levels.has("1.7")) return new Map();
  const loads = ids.map((id) => ({ id, charts: ctx.workbook.worksheets.getItem(id).charts.load("items/name") }));
  await ctx.sync();
  return new Map(loads.map((l) => [l.id, l.charts.items.map((c) => c.name)]));
}

/** Writes the specs; see WorkbookPort.writeSheets. */
export async function writeSpecs(ctx: Excel.RequestContext, levels: ApiLevels, specs: readonly SheetSpec[], options: WriteSheetsOptions = {}): Promise<WriteResult> {
  throwIfAborted(options.signal);
  const { sheets, markerNames } = await scanSheets(ctx, levels, false);
  const placements = placeSheets(sheets.map((s) => ({ name: s.name, marker: s.marker })), specs);
  const skipped: SkippedPart[] = [];
  const oldCharts = await chartsOf(ctx, levels, placements.flatMap((p) => (p.replaces === undefined ? [] : [p.replaces])), sheets);
  const steps: WriteStep[] = [];
  const ends: number[] = [];
  // A marker name whose sheet was deleted points at #REF!: drop it so the name can mark a new sheet.
  const stale = [...markerNames].filter(([, sheet]) => sheet === "").map(([name]) => name);
  if (stale.length > 0) steps.push({ bytes: 60 * stale.length, queue: (c) => { for (const n of stale) c.workbook.names.getItem(n).delete(); } });
  for (const p of placements) {
    const old = p.replaces === undefined ? undefined : sheets.find((s) => s.name === p.replaces);
    let ws: Excel.Worksheet | undefined;
    const get = () => ws as Excel.Worksheet;
    if (old) {
      steps.push({ bytes: 60, queue: (c) => { ws = c.workbook.worksheets.getItem(old.id); if (old.name !== p.name) ws.name = p.name; } });
      steps.push(clearStep(get, levels));
      // Clearing the cells leaves the charts: the old ones go, or a rewrite would stack new ones on them.
      const charts = oldCharts.get(old.id) ?? [];
      if (charts.length > 0) steps.push({ bytes: 60 * charts.length, queue: () => { for (const name of charts) get().charts.getItem(name).delete(); } });
    } else {
      steps.push({ bytes: 60, queue: (c) => { ws = c.workbook.worksheets.add(p.name); } });
    }
    const hasName = (markerNames.get(markerOf(p.spec.marker)) ?? "") !== "";
    appendAll(steps, specSteps(get, { ...p.spec, name: p.name }, p.name, levels, hasName, skipped));
    ends.push(steps.length);
  }
  await runSteps(ctx, steps, options.signal, (index) => {
    options.onProgress?.({ sheetsWritten: ends.filter((e) => e <= index).length, totalSheets: placements.length });
  });
  return {
    written: placements.map((p) => ({ spec: p.spec.name, name: p.name, replaced: p.replaces !== undefined })),
    skipped,
  };
}
