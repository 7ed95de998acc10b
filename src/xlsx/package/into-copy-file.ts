import { promises as fs } from "fs";
import { resolve } from "path";
import { UserError } from "../../core/errors";
import type { SheetSpec } from "../../core/spec/spec";
import { readBytes } from "../read-file";
import { intoCopyBytes } from "./into-copy";

/** Options of intoCopyFile. */
export interface IntoCopyOptions {
  /** Overwrite an existing output file. */
  force?: boolean;
}

async function exists(path: string): Promise<boolean> {
  return fs.stat(path).then(() => true, () => false);
}

/** True when both paths name one file (also through symlinks or different spellings). */
async function sameFile(a: string, b: string): Promise<boolean> {
  if (resolve(a) === resolve(b)) return true;
  const real = (p: string) => fs.realpath(p).catch(() => resolve(p));
  return (await real(a)) === (await real(b));
}

/**
 * Writes to `outPath` a copy of the workbook at `inputPath` with the generated sheets added,
 * never modifying the input: refuses an output that is the input, or that exists without force.
 */
export async function intoCopyFile(inputPath: string, outPath: string, specs: SheetSpec[], options: IntoCopyOptions = {}): Promise<void> {
  const input = await readBytes(inputPath);
  if (await sameFile(inputPath, outPath)) throw new UserError("package.outIsInput", { file: outPath });
  if (!options.force && (await exists(outPath))) throw new UserError("package.outExists", { file: outPath });
  const bytes = await intoCopyBytes(input, inputPath, specs);
  try {
    await fs.writeFile(outPath, bytes);
  } catch (err) {
    throw new UserError("package.writeFailed", { file: outPath, detail: err instanceof Error ? err.message : String(err) });
  }
}
