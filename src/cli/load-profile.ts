import { readFile } from "node:fs/promises";
import { UserError } from "../core/errors";
import type { Lang } from "../core/i18n/lang";
import { builtinProfileIds, findBuiltinProfile } from "../core/profile/builtin";
import type { Profile } from "../core/profile/schema";

function looksLikePath(idOrPath: string): boolean {
  return /\.json$/i.test(idOrPath) || /[\\/]/.test(idOrPath);
}

async function readJson(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new UserError("input.missing", { file });
    if (code === "EISDIR") throw new UserError("input.isDirectory", { file });
    throw new UserError("profile.unreadable", { file, detail: (err as Error).message });
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (err) {
    throw new UserError("profile.notJson", { file, detail: (err as Error).message });
  }
}

/**
 * The campaign profile a user named: a built-in id ("suzhou-2022") or a .json file, read and
 * validated. Bad input throws UserError: an unknown id lists the built-ins; an invalid file names
 * the file and every bad path, one a line.
 */
export async function loadProfile(idOrPath: string, lang?: Lang): Promise<Profile> {
  const builtin = findBuiltinProfile(idOrPath);
  if (builtin) return builtin;
  if (!looksLikePath(idOrPath)) throw new UserError("profile.unknownId", { id: idOrPath, ids: builtinProfileIds.join(", ") });
  // The schema library loads only for a profile file: a built-in needs no validation at run time.
  const { parseProfile, listIssues } = await import("../core/profile/parse");
  const result = parseProfile(await readJson(idOrPath), lang);
  if (!result.ok) throw new UserError("profile.invalid", { file: idOrPath, details: listIssues(result.issues) });
  return result.profile;
}
