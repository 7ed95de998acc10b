import { readCentralDirectory, storedData } from "../lean/zip-archive";

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

/**
 * Every entry of a zip in directory order, its data left compressed so that parts the writer does
 * not touch can be copied byte for byte (the central directory is read by the lean reader's code).
 */
export function readZipEntries(bytes: Uint8Array): RawEntry[] {
  return readCentralDirectory(bytes).map((e) => ({
    name: e.storedName,
    method: e.method,
    crc: e.crc,
    size: e.size,
    data: storedData(bytes, e),
    time: e.time,
    date: e.date,
  }));
}
