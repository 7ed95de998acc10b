import { promises as fs } from "fs";
import { dirname, resolve } from "path";
import { UserError } from "../core/errors";

async function exists(path: string): Promise<boolean> {
  return fs.stat(path).then(() => true, () => false);
}

/** True when both paths name one file (also through symlinks or different spellings). */
async function sameFile(a: string, b: string): Promise<boolean> {
  if (resolve(a) === resolve(b)) return true;
  const real = (p: string) => fs.realpath(p).catch(() => resolve(p));
  return (await real(a)) === (await real(b));
}

/** Refuses an output that is the input (never modified) or that exists without --force. */
export async function guardOutput(inputPath: string, outPath: string, force = false): Promise<void> {
  if (await sameFile(inputPath, outPath)) throw new UserError("package.outIsInput", { file: outPath });
  if (!force && (await exists(outPath))) throw new UserError("package.outExists", { file: outPath });
}

/** Writes the output file, turning a write failure into one clear line. */
export async function writeOutputFile(outPath: string, bytes: Uint8Array): Promise<void> {
  try {
    await fs.mkdir(dirname(resolve(outPath)), { recursive: true });
    await fs.writeFile(outPath, bytes);
  } catch (err) {
    throw new UserError("package.writeFailed", { file: outPath, detail: err instanceof Error ? err.message : String(err) });
  }
}
