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

/** The issues less repeats: a value that fails two checks of one rule (a date's pattern and its calendar) is one problem. */
function distinct(issues: readonly ProfileIssue[]): ProfileIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => !seen.has(`${i.path}\u0000${i.message}`) && !!seen.add(`${i.path}\u0000${i.message}`));
}

/**
 * Validates a profile (parsed JSON): shape and values first, then references between its parts.
 * Never throws; messages name the path ("categories[3].targets.2023") and what was expected.
 */
export function parseProfile(json: unknown, lang: Lang = DEFAULT_LANG): ParseProfileResult {
  const parsed = profileSchema.safeParse(json, { reportInput: true });
  if (!parsed.success) return { ok: false, issues: distinct(parsed.error.issues.map((i) => describeIssue(fromZodIssue(i), lang))) };
  const refs = crossCheck(parsed.data);
  if (refs.length > 0) return { ok: false, issues: refs.map((i) => describeIssue(i, lang)) };
  return { ok: true, profile: parsed.data };
}

/** Every issue on a line of its own ("  path: message"), each after a line break, for an error message. */
export function listIssues(issues: readonly ProfileIssue[]): string {
  return issues.map((i) => `\n  ${i.path}: ${i.message}`).join("");
}
