/**
 * Byte-level helpers for scanning inflated XML without decoding it: the scanners find tags and
 * read numbers in the UTF-8 bytes, and decode to a string only the bytes of a value that is text.
 * Every byte an XML name, a number or a tag delimiter uses is ASCII, and no byte of a multi-byte
 * UTF-8 character is below 0x80, so matching ASCII bytes never lands inside a character.
 */

// ignoreBOM: a value's text that begins with U+FEFF keeps it, as an XML parser over the whole part
// keeps it (ExcelJS does); a fresh TextDecoder call would strip it as a stream's byte-order mark.
const utf8 = new TextDecoder("utf-8", { ignoreBOM: true });

/** Decodes the UTF-8 of b[from, to) (from < to), invalid sequences as U+FFFD. */
export type Utf8Slicer = (b: Uint8Array, from: number, to: number) => string;

const portableSlicer: Utf8Slicer = (b, from, to) => utf8.decode(b.subarray(from, to));
let slicer: Utf8Slicer = portableSlicer;

/**
 * Makes `slice` the decoder of every text value the scanners read (null: TextDecoder's). The CLI
 * installs Node's (lean/node-utf8.ts): the same text, about a third faster per call, and a roster's
 * shared strings are hundreds of thousands of calls.
 */
export function installUtf8Slicer(slice: Utf8Slicer | null): void {
  slicer = slice ?? portableSlicer;
}

/** The bytes of an ASCII string (tag names such as "</x:row>"). */
export function asciiBytes(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

/** True when b holds the bytes of `pattern` at index i. */
export function bytesAt(b: Uint8Array, i: number, pattern: Uint8Array): boolean {
  if (i + pattern.length > b.length) return false;
  for (let k = 0; k < pattern.length; k++) if (b[i + k] !== pattern[k]) return false;
  return true;
}

/** The index of byte `c` in b[from, b.length), or -1. */
export function findByte(b: Uint8Array, c: number, from: number): number {
  for (let i = from; i < b.length; i++) if (b[i] === c) return i;
  return -1;
}

/** The index of the first occurrence of `pattern` in b at or after `from`, or -1. */
export function findBytes(b: Uint8Array, pattern: Uint8Array, from: number): number {
  const first = pattern[0];
  const last = b.length - pattern.length;
  for (let i = from; i <= last; i++) {
    if (b[i] !== first) continue;
    let k = 1;
    while (k < pattern.length && b[i + k] === pattern[k]) k++;
    if (k === pattern.length) return i;
  }
  return -1;
}

/** The index of the last occurrence of `pattern` in b that starts before `before`, or -1. */
export function findBytesBackward(b: Uint8Array, pattern: Uint8Array, before: number): number {
  for (let i = Math.min(before - 1, b.length - pattern.length); i >= 0; i--) if (bytesAt(b, i, pattern)) return i;
  return -1;
}

/** XML whitespace: space, tab, line feed, carriage return. */
export function isSpaceByte(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/** What may follow an element's name in a tag: ">", "/" or whitespace. */
export function isNameEnd(c: number): boolean {
  return c === 62 || c === 32 || c === 47 || c === 9 || c === 10 || c === 13;
}

/** The UTF-8 text of b[from, to). */
export function textOf(b: Uint8Array, from: number, to: number): string {
  return to <= from ? "" : slicer(b, from, to);
}

/** The first `max` characters of the text of b[from, to), decoding no more bytes than they can take (for messages). */
export function textPrefix(b: Uint8Array, from: number, to: number, max = 40): string {
  return textOf(b, from, Math.min(to, from + 4 * max)).slice(0, max);
}

/** The integer written in b[from, to) when it is 1–15 plain digits, else -1 (exact: below 2^53). */
export function digitsAt(b: Uint8Array, from: number, to: number): number {
  if (to <= from || to - from > 15) return -1;
  let n = 0;
  for (let j = from; j < to; j++) {
    const d = b[j] - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** Exact powers of ten (all below 2^53 and so exactly representable) for the fast decimal path. */
const POWERS_OF_TEN = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];

/**
 * The number written in b[from, to) when it is a plain decimal ("-12", "0.5", "44844.25") of at
 * most 15 significant digits, else NaN: then the caller reads the text the general way. The digits
 * make an integer below 2^53 and 10^k is exact, so one division rounds once and gives exactly what
 * Number() gives for the same text.
 */
export function plainNumberAt(b: Uint8Array, from: number, to: number): number {
  let j = from;
  const negative = b[j] === 45;
  if (negative || b[j] === 43) j++;
  let mantissa = 0, digits = 0, fraction = -1;
  for (; j < to; j++) {
    const c = b[j];
    if (c === 46) {
      if (fraction >= 0) return NaN;
      fraction = 0;
      continue;
    }
    const d = c - 48;
    if (d < 0 || d > 9) return NaN;
    if (++digits > 15) return NaN;
    mantissa = mantissa * 10 + d;
    if (fraction >= 0) fraction++;
  }
  if (digits === 0) return NaN;
  const n = fraction > 0 ? mantissa / POWERS_OF_TEN[fraction] : mantissa;
  return negative ? -n : n;
}

const latin1 = new TextDecoder("latin1");

/**
 * b[from, to) read one character per byte: for finding ASCII markup with a regular expression,
 * where the match's index must be a byte index. Not for values (their UTF-8 is not decoded).
 */
export function latin1Text(b: Uint8Array, from: number, to: number): string {
  return latin1.decode(b.subarray(from, to));
}
