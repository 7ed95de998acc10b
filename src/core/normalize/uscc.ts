import type { CellValue } from "../grid/grid";
import { toHalfWidth } from "./text";

/** GB 32100-2015 code alphabet: digits and capitals without I, O, S, V, Z; a character's value is its index. */
export const USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const WEIGHTS_18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
/** GB 11714 organization-code weights for its 8 body characters. */
const WEIGHTS_ORG = [3, 7, 9, 10, 5, 8, 4, 2];
const TIDY = /^[0-9A-Z]+$/;
const ORG_CHARS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

/** Character code → value in an alphabet (−1 outside it): checks run on every row, so no indexOf per character. */
function valueTable(alphabet: string): Int8Array {
  const table = new Int8Array(128).fill(-1);
  for (let i = 0; i < alphabet.length; i++) table[alphabet.charCodeAt(i)] = i;
  return table;
}
const USCC_VALUES = valueTable(USCC_ALPHABET);
const ORG_VALUES = valueTable(ORG_CHARS);
const valueOf = (table: Int8Array, s: string, i: number): number => {
  const code = s.charCodeAt(i);
  return code < 128 ? table[code] : -1;
};

/** What is wrong with a USCC: too short/long, a character outside the alphabet, a failing check character, O or I typed for 0 or 1. */
export type UsccProblem = "length" | "alphabet" | "org-check-digit" | "check-digit" | "o-for-zero" | "i-for-one";

/**
 * The result of checking a USCC. `expected` is, for "check-digit" and "org-check-digit", the check
 * character the code should end with (18th, resp. 17th character); for "o-for-zero"/"i-for-one",
 * the code with O→0 and I→1 — offered to a person, never applied.
 */
export type UsccCheck = { ok: true } | { ok: false; problem: UsccProblem; expected?: string };

/** A USCC as typed, upper-cased with spaces and hyphens removed (full-width folded); O and I are kept as typed. */
export function normalizeUscc(v: CellValue): string | null {
  if (v === null || typeof v === "boolean" || v instanceof Date) return null;
  if (typeof v === "string" && TIDY.test(v)) return v;
  const s = toHalfWidth(typeof v === "number" ? String(v) : v).replace(/[\s\-‐–—]+/g, "").toUpperCase();
  return s === "" ? null : s;
}

/** The 18th (check) character for the first 17 characters, or null when one is outside the alphabet. */
export function usccCheckChar(first17: string): string | null {
  return usccCheckCharAt(first17, 0);
}

/** usccCheckChar of the 17 characters of s from start: usccCheck reads the code in place rather than slicing it per row. */
function usccCheckCharAt(s: string, start: number): string | null {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = valueOf(USCC_VALUES, s, start + i);
    if (value < 0) return null;
    sum += value * WEIGHTS_18[i];
  }
  return USCC_ALPHABET[(31 - (sum % 31)) % 31];
}

/** The GB 11714 check character (9th) of an organization code's first 8 characters, or null when unreadable. */
export function orgCodeCheckChar(first8: string): string | null {
  return orgCodeCheckCharAt(first8, 0);
}

/** orgCodeCheckChar of the 8 characters of s from start (in place, as usccCheckCharAt). */
function orgCodeCheckCharAt(s: string, start: number): string | null {
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const value = valueOf(ORG_VALUES, s, start + i);
    if (value < 0) return null;
    sum += value * WEIGHTS_ORG[i];
  }
  const c = 11 - (sum % 11);
  return c === 10 ? "X" : c === 11 ? "0" : String(c);
}

/** The one frozen passing result: most of 100,000 codes pass, and need no object each. */
const USCC_OK: UsccCheck = Object.freeze({ ok: true });

/** Checks a normalized USCC against GB 32100-2015: length, alphabet, the organization-code check (GB 11714), the final check. */
export function usccCheck(uscc: string): UsccCheck {
  if (uscc.length !== 18) return { ok: false, problem: "length" };
  if (uscc.includes("O")) return { ok: false, problem: "o-for-zero", expected: uscc.replace(/O/g, "0").replace(/I/g, "1") };
  if (uscc.includes("I")) return { ok: false, problem: "i-for-one", expected: uscc.replace(/I/g, "1") };
  for (let i = 0; i < uscc.length; i++) if (valueOf(USCC_VALUES, uscc, i) < 0) return { ok: false, problem: "alphabet" };
  const org = orgCodeCheckCharAt(uscc, 8);
  if (org !== null && org !== uscc[16]) return { ok: false, problem: "org-check-digit", expected: org };
  const check = usccCheckCharAt(uscc, 0);
  if (check !== uscc[17]) return { ok: false, problem: "check-digit", expected: check ?? undefined };
  return USCC_OK;
}
