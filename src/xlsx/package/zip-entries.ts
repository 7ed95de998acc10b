/** One entry of a zip as stored: its compressed bytes and what the central directory says of them. */
export interface RawEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  crc: number;
  size: number;
  /** The entry's data exactly as in the input zip. */
  data: Uint8Array;
  /** DOS time and date words. */
  time: number;
  date: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function findEocd(view: DataView): number {
  for (let i = view.byteLength - 22; i >= Math.max(0, view.byteLength - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD) return i;
  }
  throw new Error("no end of central directory");
}

function zip64Values(view: DataView, extraAt: number, extraLen: number, wanted: number): bigint[] {
  for (let p = extraAt; p + 4 <= extraAt + extraLen; ) {
    const id = view.getUint16(p, true);
    const len = view.getUint16(p + 2, true);
    if (id === 1) return Array.from({ length: Math.min(wanted, len / 8) }, (_, k) => view.getBigUint64(p + 4 + 8 * k, true));
    p += 4 + len;
  }
  return [];
}

/**
 * Lists a zip's entries without inflating any: the central directory gives names, sizes and CRCs,
 * the local headers where the data starts. Throws on encryption or an unknown method.
 */
export function readZipEntries(bytes: Uint8Array): RawEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEocd(view);
  let count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  if ((count === 0xffff || at === 0xffffffff) && eocd >= 20 && view.getUint32(eocd - 20, true) === ZIP64_LOCATOR) {
    const record = Number(view.getBigUint64(eocd - 12, true));
    count = Number(view.getBigUint64(record + 32, true));
    at = Number(view.getBigUint64(record + 48, true));
  }
  const names = new TextDecoder();
  const entries: RawEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (view.getUint32(at, true) !== CENTRAL) throw new Error("bad central directory");
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    let csize = view.getUint32(at + 20, true);
    let size = view.getUint32(at + 24, true);
    const nameLen = view.getUint16(at + 28, true);
    const extraLen = view.getUint16(at + 30, true);
    const commentLen = view.getUint16(at + 32, true);
    let offset = view.getUint32(at + 42, true);
    const name = names.decode(bytes.subarray(at + 46, at + 46 + nameLen));
    if (flags & 1) throw new Error(`${name} is encrypted`);
    if (method !== 0 && method !== 8) throw new Error(`${name} uses compression method ${method}`);
    const big = zip64Values(view, at + 46 + nameLen, extraLen, 3);
    let k = 0;
    if (size === 0xffffffff) size = Number(big[k++]);
    if (csize === 0xffffffff) csize = Number(big[k++]);
    if (offset === 0xffffffff) offset = Number(big[k++]);
    if (view.getUint32(offset, true) !== LOCAL) throw new Error(`${name} has no local header`);
    const dataAt = offset + 30 + view.getUint16(offset + 26, true) + view.getUint16(offset + 28, true);
    entries.push({
      name, method, size,
      crc: view.getUint32(at + 16, true),
      data: bytes.subarray(dataAt, dataAt + csize),
      time: view.getUint16(at + 12, true),
      date: view.getUint16(at + 14, true),
    });
    at += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}
