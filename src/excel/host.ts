// The one place the task pane asks Office where it runs. Components receive the result as props,
// so they render the same in Excel, in a plain browser and in tests.

/** Where the task pane runs: inside Excel (its platform, whether ExcelApi 1.7 is there) or a plain browser page. */
export type HostInfo =
  | { kind: "excel"; platform: string; apiOk: boolean; language: string | undefined }
  | { kind: "browser"; language: string | undefined };

/** The requirement set the add-in is built on (Office 2019 and later). */
export const REQUIRED_EXCEL_API = { name: "ExcelApi", version: "1.7" } as const;

/** How long to wait for Office.onReady before treating the page as a plain browser page. */
export const ON_READY_TIMEOUT_MS = 10_000;

/** Options of detectHost; tests shorten the timeout. */
export interface DetectHostOptions {
  timeoutMs?: number;
}

/**
 * Detects the host. A plain browser shows up three ways: office.js never loaded (no Office
 * global), office.js loaded outside Office (onReady resolves with host null), or onReady never
 * settles (the timeout). An onReady that rejects is a real failure and rejects here too.
 */
export async function detectHost(options: DetectHostOptions = {}): Promise<HostInfo> {
  const office = (globalThis as { Office?: typeof Office }).Office;
  const browser: HostInfo = { kind: "browser", language: browserLanguage() };
  if (!office || typeof office.onReady !== "function") return browser;

  const info = await withTimeout(office.onReady(), options.timeoutMs ?? ON_READY_TIMEOUT_MS);
  if (!info || info.host !== office.HostType.Excel) return browser;
  return {
    kind: "excel",
    platform: String(info.platform),
    apiOk: office.context.requirements.isSetSupported(REQUIRED_EXCEL_API.name, REQUIRED_EXCEL_API.version),
    language: office.context.displayLanguage || browserLanguage(),
  };
}

/** The browser's UI language, if there is a navigator (there is none in Node 20 tests). */
export function browserLanguage(): string | undefined {
  return typeof navigator === "undefined" ? undefined : navigator.language;
}

/** The promise's value, or undefined once timeoutMs passes first. */
function withTimeout<T>(promise: Promise<T>, timeoutMs: number): Promise<T | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), timeoutMs);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** The open document's URL or path, when the host tells (a saved workbook); null for a new one or a host that does not. */
export function documentUrl(): string | null {
  const office = (globalThis as { Office?: { context?: { document?: { url?: unknown } } } }).Office;
  const url = office?.context?.document?.url;
  return typeof url === "string" && url !== "" ? url : null;
}
