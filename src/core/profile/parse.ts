import { DEFAULT_LANG, type Lang } from "../i18n/lang";
import { t } from "../i18n/translate";
import { crossCheck } from "./cross-check";
import { formatPath, type ProfileIssue, type RawProfileIssue } from "./issue";
import { profileSchema, type Profile } from "./schema";
import { fromZodIssue } from "./zod-issue";

/** The outcome of validating a profile: the profile, or every problem with its path. */
export type ParseProfileResult = { ok: true; profile: Profile } | { ok: false; issues: ProfileIssue[] };

/** Puts a raw issue into words in a language. */
export function describeIssue(issue: RawProfileIssue, lang: Lang = DEFAULT_LANG): ProfileIssue {
  const params = issue.params ?? {};
  return { path: formatPath(issue.path), message: t(issue.key, params, lang), key: issue.key, params };
}

/**
 * Validates a profile (parsed JSON): shape and values first, then references between its parts.
 * Never throws; messages name the path ("categories[3].targets.2023") and what was expected.
 */
export function parseProfile(json: unknown, lang: Lang = DEFAULT_LANG): ParseProfileResult {
  const parsed = profileSchema.safeParse(json, { reportInput: true });
  if (!parsed.success) return { ok: false, issues: parsed.error.issues.map((i) => describeIssue(fromZodIssue(i), lang)) };
  const refs = crossCheck(parsed.data);
  if (refs.length > 0) return { ok: false, issues: refs.map((i) => describeIssue(i, lang)) };
  return { ok: true, profile: parsed.data };
}

/** One line listing the first few issues ("path: message; …"), for errors that must fit on a line. */
export function summarizeIssues(issues: readonly ProfileIssue[], max = 3): string {
  const shown = issues.slice(0, max).map((i) => `${i.path}: ${i.message}`);
  const more = issues.length > max ? ` (+${issues.length - max})` : "";
  return shown.join("; ") + more;
}
