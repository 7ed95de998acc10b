/** A language the user can read messages in. */
export type Lang = "zh-CN" | "en";

/** Parameters substituted into a message's {placeholders}. */
export type MessageParams = Record<string, string | number | boolean | null | undefined>;

/** One area's messages in both languages, keyed alike. */
export interface MessageSection {
  "zh-CN": Record<string, string>;
  en: Record<string, string>;
}

/** The default language of the product: its users read Chinese. */
export const DEFAULT_LANG: Lang = "zh-CN";

/** Reads a language option ("en", "en-US", "zh", "zh-CN"), defaulting to Chinese. */
export function parseLang(value: string | undefined): Lang {
  if (!value) return DEFAULT_LANG;
  return value.toLowerCase().startsWith("en") ? "en" : "zh-CN";
}
