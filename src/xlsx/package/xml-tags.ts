/** One start, end or empty-element tag found in an XML text, with where it sits. */
export interface XmlTag {
  /** Qualified name as written ("sheet", "x:sheet"). */
  name: string;
  /** Name without its prefix. */
  local: string;
  kind: "open" | "close" | "empty";
  start: number;
  end: number;
  /** The tag's raw attribute text. */
  attrs: string;
}

// Quoted attribute values may hold ">" so the pattern walks attributes rather than "[^>]*".
const TAG = /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g;

/** Every element tag of an XML text in document order (declarations and comments are skipped). */
export function scanTags(xml: string): XmlTag[] {
  const tags: XmlTag[] = [];
  for (const m of xml.matchAll(TAG)) {
    const name = m[2];
    const kind = m[1] ? "close" : m[4] ? "empty" : "open";
    tags.push({ name, local: name.slice(name.indexOf(":") + 1), kind, start: m.index, end: m.index + m[0].length, attrs: m[3] });
  }
  return tags;
}

/** The value of an attribute in a tag's attribute text (entities decoded), or undefined. */
export function attr(attrs: string, name: string): string | undefined {
  const re = new RegExp(`(?:^|\\s)${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
  const m = re.exec(attrs);
  return m ? decodeXml(m[1] ?? m[2]) : undefined;
}

/** Decodes the five predefined entities and character references. */
export function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) => {
    if (e[0] === "#") return String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[e] as string;
  });
}

/** Escapes text for an attribute value or element content. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** The close tag matching the open tag at index i (same name, nesting counted). */
export function closingTag(tags: readonly XmlTag[], i: number): XmlTag | undefined {
  let depth = 0;
  for (let j = i; j < tags.length; j++) {
    const tag = tags[j];
    if (tag.name !== tags[i].name || tag.kind === "empty") continue;
    depth += tag.kind === "open" ? 1 : -1;
    if (depth === 0) return tag;
  }
  return undefined;
}

/** The namespace prefix ("" or "x:") the document's root element is written with. */
export function rootPrefix(tags: readonly XmlTag[]): string {
  const root = tags[0];
  return root && root.name.includes(":") ? root.name.slice(0, root.name.indexOf(":") + 1) : "";
}

/** Writes unprefixed element names of a fragment with a prefix, to insert into a prefixed document. */
export function withPrefix(fragment: string, prefix: string): string {
  if (!prefix) return fragment;
  return fragment.replace(/<(\/?)([A-Za-z_][\w.-]*)(?=[\s/>])/g, `<$1${prefix}$2`);
}
