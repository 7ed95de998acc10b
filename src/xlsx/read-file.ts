import { promises as fs } from "fs";
import type { Grid } from "../core/grid/grid";
import { UserError } from "../core/errors";
import { readXlsxBytes } from "./read-bytes";

/**
 * The largest input file read: far above any real roster (a 300,000-row roster is ~40 MB), and
 * short of what the reader's memory ceiling allows.
 */
export const MAX_INPUT_BYTES = 512 * 1024 * 1024;

/**
 * Reads a file's bytes, mapping a missing path, a folder, anything but a regular file (a FIFO would
 * block forever, /dev/zero never end) or an oversized file to a UserError before reading a byte.
 */
export async function readBytes(path: string): Promise<Uint8Array> {
  let stat;
  try {
    stat = await fs.stat(path);
  } catch {
    throw new UserError("input.missing", { file: path });
  }
  if (stat.isDirectory()) throw new UserError("input.isDirectory", { file: path });
  if (!stat.isFile()) throw new UserError("input.notRegular", { file: path });
  if (stat.size > MAX_INPUT_BYTES) throw new UserError("input.overLimit", { file: path, detailKey: "limit.fileBytes", size: Math.ceil(stat.size / 1048576), limit: MAX_INPUT_BYTES / 1048576 });
  try {
    return new Uint8Array(await fs.readFile(path));
  } catch (err) {
    throw new UserError("input.unreadable", { file: path, code: (err as NodeJS.ErrnoException).code ?? "" });
  }
}

/** Reads an .xlsx file from disk (Node) into Grids, one per sheet in tab order. */
export async function readXlsxFile(path: string): Promise<Grid[]> {
  return readXlsxBytes(await readBytes(path), path);
}
