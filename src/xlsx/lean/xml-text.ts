const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g;
const OOXML_ESCAPE = /_x([0-9a-fA-F]{4})_/g;

function entity(whole: string, body: string): string {
  if (body.charCodeAt(0) !== 35) return NAMED[body] ?? whole;
  const code = body.charCodeAt(1) === 120 ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
}

/** Decodes XML character data: the five named entities and numeric character references. */
export function decodeXmlText(raw: string): string {
  return raw.indexOf("&") < 0 ? raw : raw.replace(ENTITY, entity);
}

/**
 * Decodes the text of a string item (<t>): XML entities, then OOXML's _xHHHH_ escapes for characters
 * XML cannot carry ("_x000D_" is a carriage return; "_x005F_" escapes a literal underscore).
 */
export function decodeStringItem(raw: string): string {
  const text = decodeXmlText(raw);
  return text.indexOf("_x") < 0 ? text : text.replace(OOXML_ESCAPE, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

/**
 * The decoded value of attribute `name` in one start tag's text ("<sheet name=… r:id=…/>"), or
 * null when absent. `name` may carry a namespace prefix ("r:id"); either quote style is accepted.
 */
export function attribute(tag: string, name: string): string | null {
  const s = tag, to = tag.length;
  let i = s.indexOf(name);
  while (i >= 0) {
    let j = i + name.length;
    while (isSpace(s.charCodeAt(j))) j++;
    if (isSpace(s.charCodeAt(i - 1)) && s.charCodeAt(j) === 61) {
      j++;
      while (isSpace(s.charCodeAt(j))) j++;
      const quote = s[j];
      const end = s.indexOf(quote, j + 1);
      if (end < 0 || end > to) return null;
      return decodeXmlText(s.slice(j + 1, end));
    }
    i = s.indexOf(name, i + 1);
  }
  return null;
}

/** The end (index of ">") of the tag starting at `from`, skipping ">" inside quoted attribute values. */
export function tagEnd(s: string, from: number): number {
  for (let i = from; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 62) return i;
    if (c === 34 || c === 39) {
      const close = s.indexOf(s[i], i + 1);
      if (close < 0) return -1;
      i = close;
    }
  }
  return -1;
}

/** The namespace prefix ("x:" or "") of the first element named `local` in an XML text. */
export function elementPrefix(s: string, local: string): string {
  const m = new RegExp(`<([A-Za-z_][\\w.-]*:)?${local}[\\s>/]`).exec(s);
  return m?.[1] ?? "";
}

/**
 * The start-tag texts of every element named `qname` in s[from, to), in document order. For the
 * small parts (workbook, relationships, styles); sheet data has its own scanner.
 */
export function startTags(s: string, qname: string, from = 0, to = s.length): string[] {
  const tags: string[] = [];
  const open = "<" + qname;
  for (let i = s.indexOf(open, from); i >= 0 && i < to; i = s.indexOf(open, i + 1)) {
    const next = s.charCodeAt(i + open.length);
    if (next !== 62 && next !== 47 && next !== 32 && next !== 9 && next !== 10 && next !== 13) continue;
    const end = tagEnd(s, i);
    if (end < 0) break;
    tags.push(s.slice(i, end + 1));
  }
  return tags;
}
