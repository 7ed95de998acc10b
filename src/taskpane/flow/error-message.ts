import { UserError } from "../../core/errors";
import { hasMessage, t } from "../../core/i18n/translate";
import type { Lang } from "../../core/i18n/lang";

/** An error raised by a host API: Office.js errors carry a code ("InvalidOperationInCellEditMode") and a message. */
interface CodedError {
  code: string;
  message: string;
}

function isCoded(err: unknown): err is CodedError {
  return typeof err === "object" && err !== null && typeof (err as CodedError).code === "string" && typeof (err as CodedError).message === "string";
}

/**
 * One sentence from the catalog for any failure: a UserError's own message, a host error with its
 * code and what to do, or the generic sentence around the detail. The stack goes to the console
 * for whoever opens the developer tools, never to the clerk.
 */
export function errorSentence(err: unknown, lang: Lang): string {
  if (err instanceof UserError) return t(err.key, err.params, lang);
  console.error(err);
  if (isCoded(err) && hasMessage(`pane.error.code.${err.code}`)) return t(`pane.error.code.${err.code}`, {}, lang);
  if (isCoded(err)) return t("pane.error.office", { code: err.code, detail: err.message }, lang);
  const detail = err instanceof Error ? err.message.split("\n")[0] : String(err);
  return t("pane.error.generic", { detail }, lang);
}

/** True for the rejection of an aborted operation (the clerk pressed Cancel). */
export function isAbort(err: unknown): boolean {
  return typeof err === "object" && err !== null && (err as { name?: string }).name === "AbortError";
}
