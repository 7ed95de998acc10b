import { catalogSections } from "./catalog";
import { DEFAULT_LANG, type Lang, type MessageParams } from "./lang";

const merged: Record<Lang, Record<string, string>> = { "zh-CN": {}, en: {} };
for (const section of Object.values(catalogSections)) {
  Object.assign(merged["zh-CN"], section["zh-CN"]);
  Object.assign(merged.en, section.en);
}

/** True when the catalog has a message under this key. */
export function hasMessage(key: string): boolean {
  return key in merged[DEFAULT_LANG];
}

/** The parameters for a message inserted as {name}: the same, less the key that inserted it (no loop). */
function withoutKey(params: MessageParams, name: string): MessageParams {
  const rest = { ...params };
  delete rest[`${name}Key`];
  return rest;
}

/** The message for a key in a language with {placeholders} filled (a {name}Key parameter names a message to insert); the key itself if unknown. */
export function t(key: string, params: MessageParams = {}, lang: Lang = DEFAULT_LANG): string {
  const template = merged[lang][key] ?? merged[DEFAULT_LANG][key] ?? key;
  return template.replace(/\{(\w+)\}/g, (_whole, name: string) => {
    // A parameter may name a catalog key instead of a value ({field} with fieldKey), rendered in the same language.
    const keyed = params[`${name}Key`];
    if (typeof keyed === "string" && hasMessage(keyed)) return t(keyed, withoutKey(params, name), lang);
    const v = params[name];
    return v === undefined || v === null ? "" : String(v);
  });
}

/** All keys of a language, for catalog consistency tests. */
export function catalogKeys(lang: Lang): string[] {
  return Object.keys(merged[lang]);
}
