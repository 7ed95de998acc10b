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

/** A {placeholder}: split on it, a template gives its literal text at even indexes and the names at odd ones. */
const PLACEHOLDER = /\{(\w+)\}/;

/** Templates split once per language and key: 35,000 findings render from a few dozen templates. */
const compiled: Record<Lang, Map<string, string[]>> = { "zh-CN": new Map(), en: new Map() };

function partsOf(key: string, lang: Lang): string[] {
  let parts = compiled[lang].get(key);
  if (parts === undefined) {
    const template = merged[lang][key] ?? merged[DEFAULT_LANG][key];
    // An unknown key renders as itself and is not remembered: keys outside the catalog are not bounded.
    if (template === undefined) return key.split(PLACEHOLDER);
    compiled[lang].set(key, (parts = template.split(PLACEHOLDER)));
  }
  return parts;
}

/** The message for a key in a language with {placeholders} filled (a {name}Key parameter names a message to insert); the key itself if unknown. */
export function t(key: string, params: MessageParams = {}, lang: Lang = DEFAULT_LANG): string {
  const parts = partsOf(key, lang);
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i];
    // A parameter may name a catalog key instead of a value ({field} with fieldKey), rendered in the same language.
    const keyed = params[`${name}Key`];
    if (typeof keyed === "string" && hasMessage(keyed)) out += t(keyed, withoutKey(params, name), lang);
    else {
      const v = params[name];
      out += v === undefined || v === null ? "" : String(v);
    }
    out += parts[i + 1];
  }
  return out;
}

/** All keys of a language, for catalog consistency tests. */
export function catalogKeys(lang: Lang): string[] {
  return Object.keys(merged[lang]);
}
