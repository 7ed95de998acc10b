// The one module that calls Excel.run. Everything else in src/excel receives an ExcelHost, so the
// same code runs against Excel and against the strict fake in tests.
import { UserError } from "../core/errors";

/** One batch of queued calls against the workbook. */
export type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

/** What the adapter needs of the host: Excel.run, the requirement-set test and the platform. */
export interface ExcelHost {
  run<T>(options: Excel.RunOptions, batch: Batch<T>): Promise<T>;
  isSetSupported(name: string, version: string): boolean;
  platform: string;
}

/** The real host: Excel.run and Office.context from office.js. */
export function officeHost(): ExcelHost {
  return {
    run: (options, batch) => Excel.run(options, batch),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
    platform: String(Office.context.platform ?? "unknown"),
  };
}

/** The error code of an Office.js error (compared as strings, as the docs advise), or undefined. */
export function errorCode(err: unknown): string | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
}

/**
 * Runs a batch, waiting out cell-edit mode where the host can (delayForCellEdit); where it cannot,
 * the cell-edit error becomes the catalog message instead of a failure.
 */
export async function runBatch<T>(host: ExcelHost, batch: Batch<T>): Promise<T> {
  try {
    return await host.run({ delayForCellEdit: true }, batch);
  } catch (err) {
    if (errorCode(err) === "InvalidOperationInCellEditMode") throw new UserError("adapter.cellEditMode");
    throw err;
  }
}
