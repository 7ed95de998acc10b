import type { SheetSpec } from "../../core/spec/spec";
import { guardOutput, writeOutputFile } from "../output-file";
import { readBytes } from "../read-file";
import { intoCopyBytes } from "./into-copy";

/** Options of intoCopyFile. */
export interface IntoCopyOptions {
  /** Overwrite an existing output file. */
  force?: boolean;
}

/**
 * Writes to `outPath` a copy of the workbook at `inputPath` with the generated sheets added,
 * never modifying the input: refuses an output that is the input, or that exists without force.
 */
export async function intoCopyFile(inputPath: string, outPath: string, specs: SheetSpec[], options: IntoCopyOptions = {}): Promise<void> {
  const input = await readBytes(inputPath);
  await guardOutput(inputPath, outPath, options.force);
  await writeOutputFile(outPath, await intoCopyBytes(input, inputPath, specs));
}
