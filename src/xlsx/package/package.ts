import { readFailure } from "../lean/read-error";
import { defaultZipCodec } from "../lean/zip-codec";
import type { RawEntry } from "./zip-entries";
import { inflateStored, ZipFormatError } from "../lean/zip-archive";

interface Slot {
  raw?: RawEntry;
  bytes?: Uint8Array;
  edited: boolean;
  /** Compressed here (a streamed part): written as it is, never inflated to verify. */
  own?: boolean;
}

function dosTime(d: Date): { time: number; date: number } {
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    date: ((d.getFullYear() - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/**
 * An OPC package read from a zip: part names (no leading "/") in zip order. A part is inflated
 * only when read, and a part never edited is written back as its original compressed bytes.
 */
export class Package {
  private readonly slots = new Map<string, Slot>();

  constructor(
    entries: readonly RawEntry[],
    private readonly label: string,
  ) {
    for (const raw of entries) this.slots.set(raw.name, { raw, edited: false });
  }

  /** The part's uncompressed bytes, or undefined when there is no such part. */
  get(name: string): Uint8Array | undefined {
    const slot = this.slots.get(name);
    if (!slot) return undefined;
    if (slot.bytes === undefined && slot.raw) slot.bytes = this.inflate(slot.raw);
    return slot.bytes;
  }

  /** Sets a part's bytes (a part set to what it held stays unedited). */
  set(name: string, bytes: Uint8Array): void {
    const slot = this.slots.get(name);
    if (slot?.raw && !slot.edited && sameBytes(this.get(name) as Uint8Array, bytes)) return;
    this.slots.set(name, { raw: slot?.raw, bytes, edited: true });
  }

  /** Sets a part already deflated by the writer (a streamed sheet), so its text is never held whole. */
  setCompressed(raw: RawEntry): void {
    this.slots.set(raw.name, { raw, edited: false, own: true });
  }

  has(name: string): boolean {
    return this.slots.has(name);
  }

  delete(name: string): boolean {
    return this.slots.delete(name);
  }

  keys(): IterableIterator<string> {
    return this.slots.keys();
  }

  /** The entries to zip: untouched parts as stored, edited and new ones deflated afresh. */
  entries(): RawEntry[] {
    const now = dosTime(new Date());
    const codec = defaultZipCodec();
    return [...this.slots].map(([name, slot]) => {
      if (slot.raw && !slot.edited) {
        // A part copied unread is still verified: a damaged entry is refused, never passed on into the copy.
        if (slot.bytes === undefined && !slot.own) this.inflate(slot.raw);
        return slot.raw;
      }
      const bytes = slot.bytes ?? new Uint8Array();
      const when = slot.raw ? { time: slot.raw.time, date: slot.raw.date } : now;
      return { name, method: 8, crc: codec.crc32Update(0, bytes), size: bytes.length, data: codec.deflate(bytes), ...when };
    });
  }

  private inflate(raw: RawEntry): Uint8Array {
    try {
      return inflateStored(raw.data, raw);
    } catch (err) {
      if (err instanceof ZipFormatError) throw readFailure(err, this.label);
      throw err;
    }
  }
}

const encoder = new TextEncoder();
const decoder = new TextDecoder("utf-8", { ignoreBOM: true });

/** A part's text (UTF-8, byte-order mark kept so an unedited round trip is exact). */
export function partText(pkg: Package, name: string): string | undefined {
  const bytes = pkg.get(name);
  return bytes === undefined ? undefined : decoder.decode(bytes);
}

/** Sets a part from text, encoded as UTF-8. */
export function setPartText(pkg: Package, name: string, text: string): void {
  pkg.set(name, encoder.encode(text));
}

/** The .rels part that holds a part's relationships ("xl/workbook.xml" → "xl/_rels/workbook.xml.rels"). */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** Resolves a relationship target against the part that holds it, to a part name without a leading "/". */
export function resolveTarget(source: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const base = source.slice(0, source.lastIndexOf("/") + 1);
  const out: string[] = [];
  for (const seg of (base + target).split("/")) {
    if (seg === "..") out.pop();
    else if (seg !== "." && seg !== "") out.push(seg);
  }
  return out.join("/");
}

/** A target for `to` relative to the folder of `from` (both part names). */
export function relativeTarget(from: string, to: string): string {
  const a = from.split("/").slice(0, -1);
  const b = to.split("/");
  let i = 0;
  while (i < a.length && i < b.length - 1 && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => ".."), ...b.slice(i)].join("/");
}

/** The first name "prefixN.ext" (N from 1) that no part of the package has and none reserved. */
export function freePartName(pkg: Package, prefix: string, ext: string, reserved: Set<string>): string {
  const lower = new Set([...pkg.keys(), ...reserved].map((n) => n.toLowerCase()));
  for (let n = 1; ; n++) {
    const name = `${prefix}${n}${ext}`;
    if (!lower.has(name.toLowerCase())) {
      reserved.add(name);
      return name;
    }
  }
}
