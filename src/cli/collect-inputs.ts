import { promises as fs } from "fs";
import { join, resolve } from "path";
import { skipReason } from "../core/consolidate/skipped-file";
import { UserError } from "../core/errors";

/** The files a consolidation reads and the ones it skips (with a catalog key saying why). */
export interface CollectedInputs {
  files: { path: string; mtime: Date }[];
  skipped: { path: string; mtime: Date; reason: string }[];
}

/**
 * Expands the arguments: a folder gives its files (not its subfolders), in name order; files not
 * ending .xlsx are skipped (skipReason), and so is the run's own output.
 */
export async function collectInputs(args: readonly string[], out: string): Promise<CollectedInputs> {
  const result: CollectedInputs = { files: [], skipped: [] };
  const outPath = resolve(out);
  const add = async (path: string) => {
    const stat = await fs.stat(path).catch(() => null);
    if (!stat) throw new UserError("input.missing", { file: path });
    if (resolve(path) === outPath) result.skipped.push({ path, mtime: stat.mtime, reason: "consolidate.skip.output" });
    else {
      const reason = skipReason(path);
      if (reason) result.skipped.push({ path, mtime: stat.mtime, reason });
      else result.files.push({ path, mtime: stat.mtime });
    }
  };
  for (const arg of args) {
    const stat = await fs.stat(arg).catch(() => null);
    if (!stat) throw new UserError("input.missing", { file: arg });
    if (!stat.isDirectory()) {
      await add(arg);
      continue;
    }
    const entries = (await fs.readdir(arg, { withFileTypes: true })).filter((e) => e.isFile()).map((e) => e.name).sort();
    for (const name of entries) await add(join(arg, name));
  }
  if (result.files.length === 0 && result.skipped.length === 0) throw new UserError("consolidate.noInputs");
  return result;
}

/** A file time as the bureau reads it: local "YYYY-MM-DD HH:mm:ss" (it also sorts in time order). */
export function localTime(d: Date): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}
