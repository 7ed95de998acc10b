import { closingTag, type XmlTag } from "./xml-tags";

/** A child element of the root (e.g. <fonts> of styles.xml) and the raw XML of its own children. */
export interface XmlCollection {
  open: XmlTag;
  /** Undefined when the element is written empty (<dxfs count="0"/>). */
  close?: XmlTag;
  items: string[];
}

/** The root's child element with this local name and its children's XML, or undefined. */
export function rootChild(xml: string, tags: readonly XmlTag[], local: string): XmlCollection | undefined {
  let depth = 0;
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i];
    if (tag.kind === "close") {
      depth--;
      continue;
    }
    if (depth === 1 && tag.local === local) return collect(xml, tags, i);
    if (tag.kind === "open") depth++;
  }
  return undefined;
}

function collect(xml: string, tags: readonly XmlTag[], i: number): XmlCollection {
  const open = tags[i];
  if (open.kind === "empty") return { open, items: [] };
  const close = closingTag(tags, i);
  const items: string[] = [];
  let depth = 0;
  let itemStart = -1;
  for (let j = i + 1; tags[j] !== close; j++) {
    const tag = tags[j];
    if (depth === 0 && tag.kind === "empty") items.push(xml.slice(tag.start, tag.end));
    if (tag.kind === "open") {
      if (depth === 0) itemStart = tag.start;
      depth++;
    } else if (tag.kind === "close") {
      depth--;
      if (depth === 0) items.push(xml.slice(itemStart, tag.end));
    }
  }
  return { open, close, items };
}

/** The root's top-level children local names with their first tag, in document order. */
export function rootChildren(tags: readonly XmlTag[]): XmlTag[] {
  const out: XmlTag[] = [];
  let depth = 0;
  for (const tag of tags) {
    if (tag.kind === "close") {
      depth--;
      continue;
    }
    if (depth === 1) out.push(tag);
    if (tag.kind === "open") depth++;
  }
  return out;
}

/** The raw XML of the root element's children (e.g. every <si> of sharedStrings.xml). */
export function rootItems(xml: string, tags: readonly XmlTag[]): string[] {
  return tags.length === 0 || tags[0].kind === "empty" ? [] : collect(xml, tags, 0).items;
}
