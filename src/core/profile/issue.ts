import type { MessageParams } from "../i18n/lang";

/** A path inside a profile: keys and array indexes, outermost first. */
export type ProfilePath = readonly (string | number)[];

/** A problem found in a profile, before it is put into words: where, which catalog message, its parameters. */
export interface RawProfileIssue {
  path: ProfilePath;
  key: string;
  params?: MessageParams;
}

/** A problem found in a profile, in words: path like "categories[3].targets.2023" and what was expected. */
export interface ProfileIssue {
  path: string;
  message: string;
  /** Catalog key of the message, to re-word it in another language. */
  key: string;
  params: MessageParams;
}

/** Formats a path the way a person reads JSON: categories[3].targets.2023 ("profile" for the whole file). */
export function formatPath(path: ProfilePath): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out === "" ? part : `.${part}`;
  }
  return out === "" ? "profile" : out;
}
