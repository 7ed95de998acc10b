/** Why a cell gave no value: blank, an explicit "not applicable" mark (/ - — 无), or unreadable text. */
export type ParseFailure = "empty" | "notApplicable" | "invalid";

/** The outcome of reading one raw cell value: the value, or why there is none. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: ParseFailure };

/** A successful parse. */
export function parsedValue<T>(value: T): Parsed<T> {
  return { ok: true, value };
}

/** Shared failure outcomes: parsers return these instead of allocating one per cell. */
export const EMPTY: Parsed<never> = Object.freeze({ ok: false, reason: "empty" }) as Parsed<never>;
/** The "not applicable" outcome ("/", "-", "—", "无"). */
export const NOT_APPLICABLE: Parsed<never> = Object.freeze({ ok: false, reason: "notApplicable" }) as Parsed<never>;
/** The "unreadable" outcome: the raw text stays, and becomes a finding later. */
export const INVALID: Parsed<never> = Object.freeze({ ok: false, reason: "invalid" }) as Parsed<never>;
