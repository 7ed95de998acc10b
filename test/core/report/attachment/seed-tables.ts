import { readFileSync } from "node:fs";
import { join } from "node:path";

/** A table as the seed notice prints it: header rows (first cell kept, even empty) and body rows. */
export interface SeedTable {
  groups: string[];
  leaves: string[];
  rows: { label: string; cells: string[] }[];
}

/** Text with all whitespace removed, for comparing header texts character for character. */
export function squeeze(s: string): string {
  return s.replace(/[\s\u3000]+/g, "");
}

const SUZHOU_SEED = join(__dirname, "../../../../docs/seeds/000_4081eea461a761cf.txt");

/**
 * Reads a table of the Suzhou notice: the line "附件N  title" (the occurrence followed by the table),
 * then tab-indented blocks separated by blank lines: the group row, the leaf row, one block per row.
 */
export function suzhouSeedTable(label: "附件1" | "附件2"): SeedTable {
  const lines = readFileSync(SUZHOU_SEED, "utf8").split(/\r?\n/);
  const start = lines.findIndex((l, i) => l.startsWith(`${label} `) && lines.slice(i + 1, i + 3).some((n) => n.startsWith("\t")));
  if (start < 0) throw new Error(`${label} table not found in the Suzhou seed`);
  const blocks: string[][] = [];
  let block: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (line.startsWith("\t")) block.push(line.slice(1).trim());
    else if (line.trim() === "") {
      if (block.length > 0) blocks.push(block);
      block = [];
    } else break;
  }
  if (block.length > 0) blocks.push(block);
  const [groups, leaves, ...rows] = blocks;
  return { groups, leaves: leaves.slice(1), rows: rows.map(([label, ...cells]) => ({ label, cells })) };
}
