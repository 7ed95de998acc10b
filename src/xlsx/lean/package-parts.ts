import { listZipEntries, readEntry, type ZipEntry } from "./zip-archive";
import type { ZipCodec } from "./zip-codec";

/** How parts are inflated: the compressed bytes per streaming step, and the codec. */
export interface InflateSettings {
  /** Compressed bytes handed to the inflater per step (stored parts: bytes per slice). */
  chunkBytes: number;
  codec?: ZipCodec;
}

/** An opened .xlsx package: its bytes, its parts by lower-cased name, and how to inflate them. */
export interface XlsxPackage extends InflateSettings {
  bytes: Uint8Array;
  entries: Map<string, ZipEntry>;
}

const utf8 = new TextDecoder("utf-8");

/** Opens the zip directory of .xlsx bytes (throws ZipFormatError when it is not a readable zip). */
export function openPackage(bytes: Uint8Array, settings: InflateSettings): XlsxPackage {
  return { ...settings, bytes, entries: listZipEntries(bytes) };
}

/** The zip entry of a part, or undefined when the package lacks it. */
export function findPart(pkg: XlsxPackage, name: string): ZipEntry | undefined {
  return pkg.entries.get(name.toLowerCase());
}

/** A small part's whole text, decoded as UTF-8 in one piece, or null when the package lacks it. */
export function partText(pkg: XlsxPackage, name: string): string | null {
  const entry = findPart(pkg, name);
  return entry ? utf8.decode(readEntry(pkg.bytes, entry, pkg.codec)) : null;
}

/** Resolves a relationship target against the folder of its source part ("xl/"), or as absolute ("/xl/…"). */
export function resolveTarget(sourceFolder: string, target: string): string {
  const raw = target.startsWith("/") ? target.slice(1) : sourceFolder + target;
  const out: string[] = [];
  for (const seg of raw.replace(/\\/g, "/").split("/")) {
    if (seg === "..") out.pop();
    else if (seg !== "." && seg !== "") out.push(seg);
  }
  return out.join("/");
}

/** The folder part of a part name, with its trailing slash ("xl/workbook.xml" → "xl/"). */
export function partFolder(name: string): string {
  return name.slice(0, name.lastIndexOf("/") + 1);
}

/** The relationships part that belongs to a part ("xl/workbook.xml" → "xl/_rels/workbook.xml.rels"). */
export function relsPartOf(name: string): string {
  const folder = partFolder(name);
  return `${folder}_rels/${name.slice(folder.length)}.rels`;
}
