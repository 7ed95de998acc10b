/** Where the clerk's column mappings are kept: the browser's storage for this page, one entry per workbook. */
const PREFIX = "anbiao.mapping.";

/** A store of string maps; the browser's localStorage in the pane, a Map in tests. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** The browser's localStorage, or none when the page may not use it (some file:// and private modes). */
export function browserStore(): KeyValueStore | null {
  try {
    const s = globalThis.localStorage;
    return s ?? null;
  } catch {
    return null;
  }
}

/** The overrides remembered for a workbook, {} when none (or unreadable). */
export function recallMapping(store: KeyValueStore | null, workbookKey: string): Record<string, string> {
  const raw = store?.getItem(PREFIX + workbookKey);
  if (!raw) return {};
  try {
    const parsed = JSON.parse(raw) as unknown;
    if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) return {};
    return Object.fromEntries(Object.entries(parsed).filter((e): e is [string, string] => typeof e[1] === "string"));
  } catch {
    return {};
  }
}

/** Keeps a workbook's overrides for next time; an empty mapping forgets it. */
export function rememberMapping(store: KeyValueStore | null, workbookKey: string, overrides: Record<string, string>): void {
  if (!store) return;
  if (Object.keys(overrides).length === 0) store.removeItem(PREFIX + workbookKey);
  else store.setItem(PREFIX + workbookKey, JSON.stringify(overrides));
}
