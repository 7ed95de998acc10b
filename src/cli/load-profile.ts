import { readFile, stat } from "node:fs/promises";
import { UserError } from "../core/errors";
import type { Lang } from "../core/i18n/lang";
import { builtinProfileIds, findBuiltinProfile } from "../core/profile/builtin";
import type { Profile } from "../core/profile/schema";

function looksLikePath(idOrPath: string): boolean {
  return /\.json$/i.test(idOrPath) || /[\\/]/.test(idOrPath);
}

/** A profile is a page of settings: 16 MB is hundreds of times any real one, yet keeps parsing cheap. */
export const MAX_PROFILE_BYTES = 16 * 1024 * 1024;
/** Real profiles nest five or six levels; a deeper one would only overflow the parser's stack. */
export const MAX_PROFILE_DEPTH = 64;

/** The deepest nesting of arrays and objects in JSON text (brackets inside strings not counted). */
export function jsonDepth(text: string): number {
  let depth = 0, max = 0, inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) { if (++depth > max) max = depth; }
    else if (c === 93 || c === 125) depth--;
  }
  return max;
}

/** True when JSON.parse fails on `prefix` for a reason other than its end coming too soon. */
function failsWithin(prefix: string): boolean {
  try {
    JSON.parse(prefix);
    return false;
  } catch (err) {
    const message = err instanceof Error ? err.message : "";
    const at = /position (\d+)/.exec(message);
    if (at && Number(at[1]) >= prefix.length) return false;
    return !/end of JSON input|Unterminated string/.test(message);
  }
}

/**
 * The 1-based character position where JSON text first goes wrong, found by bisecting prefixes (a
 * longer prefix of bad text is bad too): V8's own message is engine English and often has no position.
 */
export function jsonErrorPosition(text: string): number {
  let lo = 0, hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (failsWithin(text.slice(0, mid))) hi = mid;
    else lo = mid + 1;
  }
  return Math.max(1, lo);
}

async function readJson(file: string): Promise<unknown> {
  let text: string;
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw new UserError("input.isDirectory", { file });
    if (!info.isFile()) throw new UserError("input.notRegular", { file });
    if (info.size > MAX_PROFILE_BYTES) throw new UserError("profile.tooLarge", { file, size: Math.ceil(info.size / 1048576), limit: MAX_PROFILE_BYTES / 1048576 });
    text = await readFile(file, "utf8");
  } catch (err) {
    if (err instanceof UserError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new UserError("input.missing", { file });
    if (code === "EISDIR") throw new UserError("input.isDirectory", { file });
    throw new UserError("input.unreadable", { file, code: code ?? "" });
  }
  const body = text.replace(/^\uFEFF/, "");
  if (jsonDepth(body) > MAX_PROFILE_DEPTH) throw new UserError("profile.tooDeep", { file, limit: MAX_PROFILE_DEPTH });
  try {
    return JSON.parse(body);
  } catch {
    throw new UserError("profile.notJson", { file, detail: "", detailKey: "profile.jsonAt", position: jsonErrorPosition(body) });
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
