// Worksheet.onSelectionChanged for the strict fake: handlers by sheet id, kept with the workbook
// model across runs (as Excel keeps them), fired when a test selects cells as the user would.
import { areaAddress, parseAreaAddress } from "../../../src/core/grid/address";
import { strict, type FakeContext } from "./context";
import type { FakeSheet, FakeWorkbookModel } from "./model";

/** A handler registered through worksheet.onSelectionChanged; its args are Excel.WorksheetSelectionChangedEventArgs' fields. */
export type SelectionHandler = (args: { address: string; worksheetId: string; source: string; type: string }) => Promise<unknown> | void;

const registries = new WeakMap<FakeWorkbookModel, Map<string, Set<SelectionHandler>>>();

function registry(model: FakeWorkbookModel): Map<string, Set<SelectionHandler>> {
  let r = registries.get(model);
  if (!r) registries.set(model, (r = new Map()));
  return r;
}

/** The worksheet's onSelectionChanged (ExcelApi 1.7): add queues the registration, which applies at sync; remove acts at once. */
export function selectionEvents(ctx: FakeContext, sheet: () => FakeSheet): object {
  ctx.requireLevel(7, "Worksheet.onSelectionChanged");
  return strict({
    add: (handler: SelectionHandler) => {
      let id = "";
      ctx.enqueue({
        name: "onSelectionChanged.add",
        request: 48,
        run: () => {
          id = sheet().id;
          const handlers = registry(ctx.host.model);
          let set = handlers.get(id);
          if (!set) handlers.set(id, (set = new Set()));
          set.add(handler);
        },
      });
      return { remove: () => void registry(ctx.host.model).get(id)?.delete(handler) };
    },
  }, "EventHandlers", ctx);
}

/** How many selection handlers are registered on a sheet now (to see that an unsubscribe removed them). */
export function selectionHandlerCount(model: FakeWorkbookModel, sheet: FakeSheet): number {
  return registry(model).get(sheet.id)?.size ?? 0;
}

/**
 * The user selects a range ("C5" or "B5:C6") on a sheet: the selection moves there and the sheet's
 * handlers fire after the call returns, asynchronously, as Excel delivers events.
 */
export function userSelect(model: FakeWorkbookModel, sheet: FakeSheet, address: string): void {
  const area = parseAreaAddress(address);
  if (!area) throw new Error(`bad address ${address}`);
  model.activeSheet = model.sheets.indexOf(sheet);
  model.selection = { sheet: sheet.name, address: areaAddress(area) };
  const args = { address: areaAddress(area), worksheetId: sheet.id, source: "Local", type: "WorksheetSelectionChanged" };
  for (const h of registry(model).get(sheet.id) ?? []) setTimeout(() => void h(args), 0);
}
