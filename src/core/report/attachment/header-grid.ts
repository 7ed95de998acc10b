import type { Area } from "../../grid/grid";
import type { HeaderNode } from "../../profile/schema";
import { maxOf } from "../../collections/extremes";

/** One table column under the header: its leaf, the group above it and what it reports. */
export interface LeafColumn {
  /** 1-based sheet column. */
  col: number;
  leaf: HeaderNode;
  /** The category or indicator the leaf reports: its own binding, else its nearest group's. */
  id?: string;
  /** The group right above the leaf, when it has one. */
  group?: HeaderNode;
  /** Index of the leaf among the layout's official (not added) leaves, for explicit rows' fixed cells. */
  official: number;
}

/** A header cell to write: its text and the area it covers (merged when larger than one cell). */
export interface HeaderCell {
  text: string;
  area: Area;
}

/** The header tree laid out on the sheet: its cells and merges, and the data columns under it. */
export interface HeaderGrid {
  cells: HeaderCell[];
  columns: LeafColumn[];
  /** Number of header rows (the depth of the tree). */
  depth: number;
  /** Width of the table in columns. */
  width: number;
}

function depthOf(node: HeaderNode): number {
  return node.children ? 1 + maxOf(node.children.map(depthOf)) : 1;
}

function leafSpan(node: HeaderNode): number {
  return node.children ? node.children.reduce((n, c) => n + leafSpan(c), 0) : (node.columns ?? 1);
}

/**
 * Lays out a header tree from `top`: a group spans its leaves; a leaf spans down to the last header
 * row (地区 over both rows) and across `columns` label columns (表1's 项目). "{year}" becomes `year`.
 */
export function headerGrid(nodes: readonly HeaderNode[], year: number, top: number): HeaderGrid {
  const depth = maxOf(nodes.map(depthOf));
  const bottom = top + depth - 1;
  const cells: HeaderCell[] = [];
  const columns: LeafColumn[] = [];
  let official = 0;
  const place = (node: HeaderNode, row: number, left: number, parent: HeaderNode | undefined, inherited: string | undefined): number => {
    const span = leafSpan(node);
    const text = node.text.replace(/\{year\}/g, String(year));
    const id = node.category ?? node.indicator ?? inherited;
    const right = left + span - 1;
    if (node.children) {
      cells.push({ text, area: { top: row, left, bottom: row, right } });
      let col = left;
      for (const child of node.children) col = place(child, row + 1, col, node, id);
    } else {
      cells.push({ text, area: { top: row, left, bottom, right } });
      for (let col = left; col <= right; col++) columns.push({ col, leaf: node, id, group: parent, official: node.added ? -1 : official });
      if (!node.added) official++;
    }
    return right + 1;
  };
  let col = 1;
  for (const node of nodes) col = place(node, top, col, undefined, undefined);
  return { cells, columns, depth, width: col - 1 };
}
