import type { AttachmentLayout, HeaderNode } from "./schema";
import { maxOf } from "../collections/extremes";

/** A header leaf with the groups above it, in left-to-right column order. */
export interface HeaderLeaf {
  node: HeaderNode;
  /** Groups from the top row down to the leaf's parent. */
  groups: HeaderNode[];
  /** The category bound to the leaf or, failing that, to its nearest group. */
  category?: string;
  /** The indicator bound to the leaf or, failing that, to its nearest group. */
  indicator?: string;
}

/** A header cell's text for a reporting year: "{year}年申请创建企业数" → "2023年申请创建企业数". */
export function headerText(node: HeaderNode, year: number): string {
  return node.text.replace(/\{year\}/g, String(year));
}

/** The leaves of a header tree in column order, each with its groups and effective bindings. */
export function headerLeaves(nodes: readonly HeaderNode[], groups: HeaderNode[] = []): HeaderLeaf[] {
  return nodes.flatMap((node) => {
    if (node.children) return headerLeaves(node.children, [...groups, node]);
    const chain = [...groups, node].reverse();
    return [{ node, groups, category: chain.find((n) => n.category)?.category, indicator: chain.find((n) => n.indicator)?.indicator }];
  });
}

/** The number of header rows: the depth of the deepest leaf. */
export function headerDepth(nodes: readonly HeaderNode[]): number {
  return maxOf(nodes.map((n) => (n.children ? 1 + headerDepth(n.children) : 1)));
}

/** The header texts level by level (top row first, left to right), as a published table reads. */
export function headerLevels(nodes: readonly HeaderNode[], year: number): string[][] {
  const levels: string[][] = [];
  const walk = (list: readonly HeaderNode[], depth: number) => {
    for (const node of list) {
      (levels[depth] ??= []).push(headerText(node, year));
      if (node.children) walk(node.children, depth + 1);
    }
  };
  walk(nodes, 0);
  return levels;
}

/** Number of sheet columns the layout spans (label leaves may span several). */
export function columnCount(layout: AttachmentLayout): number {
  return headerLeaves(layout.headerRows).reduce((sum, leaf) => sum + (leaf.node.columns ?? 1), 0);
}

/** The layout without columns the official table lacks (added ones), as it is published. */
export function officialHeader(nodes: readonly HeaderNode[]): HeaderNode[] {
  return nodes
    .filter((n) => !n.added)
    .map((n) => (n.children ? { ...n, children: officialHeader(n.children) } : n))
    .filter((n) => !n.children || n.children.length > 0);
}
