import { mkdirSync } from "fs";
import { join } from "path";
import { makeSuzhouRoster } from "./suzhou-roster";
import { writeDeterministic } from "./write-deterministic";

/** Every bundled sample: file name → builder. */
export const samples = {
  "suzhou-roster.xlsx": makeSuzhouRoster,
};

/** Writes every sample workbook into a folder; returns the paths written. */
export async function writeSamples(dir: string): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  for (const [file, make] of Object.entries(samples)) {
    const path = join(dir, file);
    await writeDeterministic(await make(), path);
    written.push(path);
  }
  return written;
}
