import { promises as fs } from "fs";
import type { Grid } from "../core/grid/grid";
import { UserError } from "../core/errors";
import { readXlsxBytes } from "./read-bytes";
import { nodeInflateRaw } from "./lean/node-inflate";

/** Reads a file's bytes, mapping a missing path or a folder to a UserError. */
export async function readBytes(path: string): Promise<Uint8Array> {
  let stat;
  try {
    stat = await fs.stat(path);
  } catch {
    throw new UserError("input.missing", { file: path });
  }
  if (stat.isDirectory()) throw new UserError("input.isDirectory", { file: path });
  return new Uint8Array(await fs.readFile(path));
}

/** Reads an .xlsx file from disk (Node) into Grids, one per sheet in tab order (lean reader, native inflate). */
export async function readXlsxFile(path: string): Promise<Grid[]> {
  return readXlsxBytes(await readBytes(path), path, { inflateRaw: nodeInflateRaw });
}
