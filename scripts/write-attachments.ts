/**
 * Writes the Suzhou attachments, built from the figures the notice prints, to an .xlsx for viewing:
 *   npx tsx scripts/write-attachments.ts out.xlsx
 * then scripts/render-sheets.sh out.xlsx dir/ renders it to PDF and PNG pages.
 */
import { writeFileSync } from "node:fs";
import { buildAttachmentSheets } from "../src/core/report/attachment";
import { newWorkbookBytes } from "../src/xlsx/write-workbook";
import { reportData } from "../test/core/report/attachment/report-data";
import { suzhou, suzhouSeedMetrics } from "../test/core/report/attachment/seed-metrics";

async function main(): Promise<void> {
  const out = process.argv[2];
  if (!out) {
    process.stderr.write("usage: npx tsx scripts/write-attachments.ts OUT.xlsx\n");
    process.exit(2);
  }
  const specs = buildAttachmentSheets(reportData(suzhou, 2022, suzhouSeedMetrics()));
  writeFileSync(out, await newWorkbookBytes(specs));
  process.stdout.write(`${out}: ${specs.map((s) => s.name).join(", ")}\n`);
}

void main();
