/**
 * Issue 16: the CLI reads with Node's native streaming zlib (lean/node-codec.ts), the browser with
 * fflate (portableCodec). Both must hand on the same bytes whatever the step, verify size and CRC
 * the same way, and refuse the same damage with the same key. Zips are built here with fflate.
 */
import { zipSync, strToU8 } from "fflate";
import { listZipEntries, streamEntry, ZipFormatError } from "../../../src/xlsx/lean/zip-archive";
import { portableCodec, type ZipCodec } from "../../../src/xlsx/lean/zip-codec";
import { nodeCodec } from "../../../src/xlsx/lean/node-codec";
import { crc32 } from "zlib";

/** Text that compresses unevenly (runs, Chinese, pseudo-random digits), so deflate blocks vary in size. */
function sampleText(n: number): Uint8Array {
  let seed = 7;
  const parts: string[] = [];
  for (let i = 0; i < n; i++) {
    seed = (seed * 1103515245 + 12345) >>> 0;
    parts.push(`<row r="${i + 1}"><c t="s"><v>${seed % 100000}</v></c><is><t>企业${seed % 97}号${"安".repeat(seed % 5)}</t></is></row>`);
  }
  return strToU8(parts.join(""));
}

function zipOf(name: string, bytes: Uint8Array): Uint8Array {
  return zipSync({ [name]: [bytes, { level: 6 }] });
}

/** Offset of the one central-directory record of a single-entry zip. */
function centralRecord(zip: Uint8Array): number {
  for (let i = zip.length - 46; i >= 0; i--) if (zip[i] === 0x50 && zip[i + 1] === 0x4b && zip[i + 2] === 1 && zip[i + 3] === 2) return i;
  throw new Error("no central record");
}

function streamAll(zip: Uint8Array, step: number, codec: ZipCodec): { bytes: Uint8Array; largestChunk: number } {
  const [entry] = listZipEntries(zip).values();
  const chunks: Uint8Array[] = [];
  streamEntry(zip, entry, step, (c) => chunks.push(Uint8Array.from(c)), codec);
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return { bytes: out, largestChunk: chunks.reduce((m, c) => Math.max(m, c.length), 0) };
}

function refusalKey(run: () => unknown): string {
  try {
    run();
  } catch (err) {
    if (err instanceof ZipFormatError) return err.key;
    throw err;
  }
  throw new Error("the entry was read, not refused");
}

const codecs: [string, ZipCodec][] = [["portable (fflate)", portableCodec], ["node (zlib streaming)", nodeCodec]];
const text = sampleText(20_000);
const zip = zipOf("xl/worksheets/sheet1.xml", text);

describe.each(codecs)("zip codec %s", (_label, codec) => {
  it.each([64 * 1024, 4099])("hands on exactly the entry's bytes in %i-byte compressed steps", (step) => {
    expect(Buffer.from(streamAll(zip, step, codec).bytes).equals(Buffer.from(text))).toBe(true);
  });

  it("hands on exactly the entry's bytes when fed 7 compressed bytes at a time", () => {
    const small = sampleText(500);
    expect(Buffer.from(streamAll(zipOf("s.xml", small), 7, codec).bytes).equals(Buffer.from(small))).toBe(true);
  });

  it("keeps memory to a step's output: no chunk holds the whole part", () => {
    expect(text.length).toBeGreaterThan(1_000_000);
    expect(streamAll(zip, 16 * 1024, codec).largestChunk).toBeLessThan(text.length / 4);
  });

  it("computes the zip CRC-32 over pieces as zlib does over the whole", () => {
    const half = Math.floor(text.length / 2);
    expect(codec.crc32Update(codec.crc32Update(0, text.subarray(0, half)), text.subarray(half))).toBe(crc32(text) >>> 0);
    expect(codec.crc32Update(0, new Uint8Array(0))).toBe(0);
  });

  it("refuses an entry that inflates past its recorded size as damage.zip.size", () => {
    const liar = Uint8Array.from(zip);
    const rec = centralRecord(liar);
    liar.set([100, 0, 0, 0], rec + 24); // uncompressed size := 100 bytes
    expect(refusalKey(() => streamAll(liar, 64 * 1024, codec))).toBe("damage.zip.size");
  });

  it("stops a part far larger than recorded without handing on more than its recorded size", () => {
    const zeros = zipOf("a.xml", new Uint8Array(20_000_000));
    const rec = centralRecord(zeros);
    zeros.set([0x10, 0x27, 0, 0], rec + 24); // 10,000 bytes recorded
    let delivered = 0;
    const [entry] = listZipEntries(zeros).values();
    expect(refusalKey(() => streamEntry(zeros, entry, 64 * 1024, (c) => { delivered += c.length; }, codec))).toBe("damage.zip.size");
    expect(delivered).toBeLessThanOrEqual(10_000 + 64 * 1024);
  });

  it("refuses a wrong CRC-32 as damage.zip.checksum", () => {
    const bad = Uint8Array.from(zip);
    bad[centralRecord(bad) + 16] ^= 0x01;
    expect(refusalKey(() => streamAll(bad, 64 * 1024, codec))).toBe("damage.zip.checksum");
  });

  it("refuses deflate data cut short, or overwritten with garbage, as damage.zip.inflate", () => {
    const [entry] = listZipEntries(zip).values();
    const dataStart = entry.headerOffset + 30 + entry.storedName.length;
    const garbage = Uint8Array.from(zip);
    garbage.fill(0xff, dataStart + 10, dataStart + 60);
    expect(refusalKey(() => streamAll(garbage, 64 * 1024, codec))).toBe("damage.zip.inflate");
    const cut = Uint8Array.from(zip);
    const rec = centralRecord(cut);
    const shorter = entry.compressedSize - 1000;
    cut.set([shorter & 0xff, (shorter >>> 8) & 0xff, (shorter >>> 16) & 0xff, shorter >>> 24], rec + 20);
    expect(refusalKey(() => streamAll(cut, 64 * 1024, codec))).toBe("damage.zip.inflate");
  });

  it("lets an error thrown by the consumer pass through unchanged", () => {
    const [entry] = listZipEntries(zip).values();
    const mine = new Error("consumer stopped");
    expect(() => streamEntry(zip, entry, 4096, () => { throw mine; }, codec)).toThrow(mine);
  });
});

describe("Node's inflate", () => {
  it("hands every piece of one part in one reused buffer (no fresh 256 KiB per step), the bytes still exact", () => {
    const text = sampleText(30_000);
    const zip = zipOf("xl/worksheets/sheet1.xml", text);
    const [entry] = listZipEntries(zip).values();
    const buffers = new Set<ArrayBufferLike>();
    let pieces = 0;
    streamEntry(zip, entry, 4096, (c) => {
      buffers.add(c.buffer);
      pieces++;
    }, nodeCodec);
    expect(pieces).toBeGreaterThan(3);
    expect(buffers.size).toBe(1);
    expect(Buffer.compare(streamAll(zip, 4096, nodeCodec).bytes, text)).toBe(0);
  });
});
