import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { messyCases } from "./fixtures/messy/cases";
import { runBin } from "./run-bin";

/**
 * Which columns of a generated sheet hold figures that are not counts of enterprises, by their
 * header: ordinal numbers, targets (a year's column in 表1), gaps (how many more are needed: no list
 * of enterprises stands behind a number not yet reached) and deadlines.
 */
const NOT_COUNTS = [/^序号$/, /^(年度)?目标$/, /^\d{4}年$/, /^差距(（家）)?$/, /^完成时限$/];
/** Sheets without count cells of their own: the list itself, the chart data, the findings. */
const NOT_COUNT_SHEETS = new Set(["明细", "图表", "校验结果"]);

const tmp = mkdtempSync(join(tmpdir(), "anbiao-coverage-"));

/** The header a body cell sits under: the nearest text above it in its column (numbers skipped). */
function headerOf(ws: ExcelJS.Worksheet, row: number, col: number): string {
  for (let r = row - 1; r >= 1; r--) {
    const v = ws.getCell(r, col).value;
    if (typeof v === "string" && v.trim() !== "") return v.trim();
  }
  return "";
}

function numberOf(v: ExcelJS.CellValue): number | null {
  if (typeof v === "number") return v;
  if (v && typeof v === "object" && "formula" in v && typeof v.result === "number") return v.result;
  return null;
}

describe("summarize --details links every count cell (every whole number of a generated sheet but ordinals, targets, gaps and rates)", () => {
  it.each(["suzhou", "changshu", "qinyang", "quanzhou"] as const)("%s: no count cell is left without its link to 明细", async (id) => {
    const c = (await messyCases())[id];
    const input = join(tmp, `${id}.xlsx`);
    writeFileSync(input, c.bytes);
    const out = join(tmp, `${id}-details.xlsx`);
    const run = runBin(["summarize", input, "--profile", c.profile.id, "--as-of", c.asOf, "--year", String(c.year), "-o", out, "--details"]);
    expect(run.status).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
    const unlinked: string[] = [];
    let linked = 0;
    for (const ws of wb.worksheets) {
      if (NOT_COUNT_SHEETS.has(ws.name)) continue;
      ws.eachRow((r, row) =>
        r.eachCell((cell, col) => {
          const n = numberOf(cell.value);
          // A rate shows as a percentage (100% is the whole number 1); a 0 has no rows to link to.
          if (n === null || n <= 0 || !Number.isInteger(n) || /%/.test(cell.numFmt ?? "")) return;
          if (typeof cell.value === "object" && cell.value !== null && "formula" in cell.value && /^HYPERLINK\("#'?明细/.test(cell.value.formula ?? "")) {
            linked++;
            return;
          }
          const header = headerOf(ws, row, col);
          if (NOT_COUNTS.some((re) => re.test(header))) return;
          unlinked.push(`${ws.name}!${cell.address} (${header}) = ${n}`);
        }),
      );
    }
    expect(unlinked).toEqual([]);
    expect(linked).toBeGreaterThan(0);
  });
});
