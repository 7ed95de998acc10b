import { UserError } from "../../core/errors";
import { t } from "../../core/i18n/translate";
import type { ZipFormatError } from "./zip-archive";

/**
 * The UserError for a damaged or over-limit workbook: input.corrupt or input.overLimit naming the
 * file, with the reason rendered in the reader's language (detailKey) and kept in English in
 * `detail` for logs and tests, never engine text.
 */
export function readFailure(err: ZipFormatError, file: string): UserError {
  const params = { ...err.params, file };
  const key = err.key.startsWith("limit.") ? "input.overLimit" : "input.corrupt";
  return new UserError(key, { ...params, detail: t(err.key, params, "en"), detailKey: err.key });
}
