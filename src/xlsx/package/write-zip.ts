import { UserError } from "../../core/errors";
import type { RawEntry } from "./zip-entries";

const encoder = new TextEncoder();

function header(size: number, fill: (v: DataView) => void): Uint8Array {
  const out = new Uint8Array(size);
  fill(new DataView(out.buffer));
  return out;
}

/**
 * Writes entries (their data already compressed as `method` says) into a zip, in the given order.
 * The writer has no zip64: a package past 4 GB or 65,534 parts is refused in one line, never cut short.
 */
export function writeZip(entries: readonly RawEntry[]): Uint8Array {
  if (entries.length > 0xfffe) throw new UserError("package.tooLarge", { detail: `${entries.length} parts` });
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = encoder.encode(e.name);
    if (offset > 0xfffffffe || e.data.length > 0xfffffffe || e.size > 0xfffffffe) throw new UserError("package.tooLarge", { detail: e.name });
    const common = (v: DataView, at: number) => {
      v.setUint16(at, 20, true); // version needed: 2.0
      v.setUint16(at + 2, 0x0800, true); // names are UTF-8
      v.setUint16(at + 4, e.method, true);
      v.setUint16(at + 6, e.time, true);
      v.setUint16(at + 8, e.date, true);
      v.setUint32(at + 10, e.crc, true);
      v.setUint32(at + 14, e.data.length, true);
      v.setUint32(at + 18, e.size, true);
      v.setUint16(at + 22, name.length, true);
    };
    chunks.push(header(30, (v) => { v.setUint32(0, 0x04034b50, true); common(v, 4); }), name, e.data);
    central.push(header(46, (v) => {
      v.setUint32(0, 0x02014b50, true);
      v.setUint16(4, 20, true); // made by: MS-DOS, 2.0
      common(v, 6);
      v.setUint32(42, offset, true);
    }), name);
    offset += 30 + name.length + e.data.length;
  }
  const centralSize = central.reduce((n, c) => n + c.length, 0);
  const end = header(22, (v) => {
    v.setUint32(0, 0x06054b50, true);
    v.setUint16(8, entries.length, true);
    v.setUint16(10, entries.length, true);
    v.setUint32(12, centralSize, true);
    v.setUint32(16, offset, true);
  });
  const all = [...chunks, ...central, end];
  const out = new Uint8Array(all.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of all) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
