// Writes generated sheets: our earlier sheets are cleared and rewritten in place (same sheet, same
// position, so references to them survive), new ones are added; a user's sheet is never touched.
import { appendAll } from "../core/collections";
import { placeSheets } from "../core/spec/place-sheets";
import type { SheetSpec } from "../core/spec/spec";
import { throwIfAborted, type SkippedPart, type WriteResult, type WriteSheetsOptions } from "../port/workbook-port";
import type { ApiLevels } from "./capabilities";
import { markerOf, scanSheets } from "./sheet-markers";
import { clearStep, specSteps, type WriteStep } from "./write-spec";

/** Request bytes one write sync may carry: well under the 5 MB of Excel on the web. */
export const WRITE_SYNC_BYTES = 3_000_000;

/** Syncs the queued steps in as few batches as the byte budget allows; calculation is suspended in each. */
async function runSteps(ctx: Excel.RequestContext, steps: readonly WriteStep[], signal?: AbortSignal, done?: (index: number) => void): Promise<void> {
  let bytes = 0;
  let queued = 0;
  const flush = async (index: number) => {
    if (queued === 0) return;
    await ctx.sync();
    done?.(index);
    bytes = 0;
    queued = 0;
  };
  // Steps are queued in order; a sync happens only where the next step would overflow the budget.
  for (let i = 0; i <= steps.length; i++) {
    const step = steps[i];
    if (step === undefined || (queued > 0 && bytes + step.bytes > WRITE_SYNC_BYTES)) {
      await flush(i);
      throwIfAborted(signal);
    }
    if (!step) break;
    if (queued === 0) ctx.workbook.application.suspendApiCalculationUntilNextSync();
    step.queue(ctx);
    bytes += step.bytes;
    queued++;
  }
}

/** Writes the specs; see WorkbookPort.writeSheets. */
export async function writeSpecs(ctx: Excel.RequestContext, levels: ApiLevels, specs: readonly SheetSpec[], options: WriteSheetsOptions = {}): Promise<WriteResult> {
  throwIfAborted(options.signal);
  const { sheets, markerNames } = await scanSheets(ctx, levels, false);
  const placements = placeSheets(sheets.map((s) => ({ name: s.name, marker: s.marker })), specs);
  const skipped: SkippedPart[] = [];
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
