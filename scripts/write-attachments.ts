/**
 * Writes a built-in profile's attachments to an .xlsx for viewing: Suzhou's from the figures its
 * notice prints, the others' from deterministic sample figures.
 *   npx tsx scripts/write-attachments.ts out.xlsx [profile-id [year]]
 * then scripts/render-sheets.sh out.xlsx dir/ renders it to PDF and PNG pages.
 */
import { writeFileSync } from "node:fs";
import { findBuiltinProfile } from "../src/core/profile";
import { buildAttachmentSheets } from "../src/core/report/attachment";
import { newWorkbookBytes } from "../src/xlsx/write-workbook";
import { reportData } from "../test/core/report/attachment/report-data";
import { sampleMetrics } from "../test/core/report/attachment/sample-metrics";
import { suzhouSeedMetrics } from "../test/core/report/attachment/seed-metrics";

async function main(): Promise<void> {
  const out = process.argv[2];
  if (!out) {
    process.stderr.write("usage: npx tsx scripts/write-attachments.ts OUT.xlsx [PROFILE [YEAR]]\n");
    process.exit(2);
  }
  const id = process.argv[3] ?? "suzhou-2022";
  const profile = findBuiltinProfile(id);
  if (!profile) {
    process.stderr.write(`no built-in profile ${id}\n`);
    process.exit(2);
  }
  const year = Number(process.argv[4] ?? profile.attachments?.find((a) => a.year)?.year ?? profile.period.from);
  const metrics = id === "suzhou-2022" ? suzhouSeedMetrics() : sampleMetrics(profile, year);
  const specs = buildAttachmentSheets(reportData(profile, year, metrics));
  writeFileSync(out, await newWorkbookBytes(specs));
  process.stdout.write(`${out}: ${specs.map((s) => s.name).join(", ")}\n`);
}

void main();
