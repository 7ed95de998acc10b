import type { Utf8Slicer } from "./xml-bytes";

/** Node's native UTF-8 slice of any Uint8Array (what Buffer#toString("utf8", …) calls inside). */
type NativeSlice = (this: Uint8Array, from: number, to: number) => string;

const native = (Buffer.prototype as unknown as { utf8Slice?: NativeSlice }).utf8Slice;

/**
 * Node's UTF-8 decoding for the scanners' text values, on the inflated bytes in place: no view
 * object per value, unlike TextDecoder. It keeps a leading U+FEFF and turns invalid sequences into
 * U+FFFD as TextDecoder({ ignoreBOM: true }) does (a test holds the two to the same text). Null
 * where a Node lacks it: the portable decoder then stays.
 */
export const nodeUtf8Slicer: Utf8Slicer | null = typeof native === "function" ? (b, from, to) => native.call(b, from, to) : null;
