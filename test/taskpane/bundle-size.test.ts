import { readFileSync } from "fs";
import { join } from "path";
import { gzipSync } from "zlib";
import { WEB_DIR } from "./pane-browser";

// Issue 13: the pane's initial JavaScript is at most 300 KB gzip; ExcelJS, zod and anything large load when needed.
const BUDGET_BYTES = 300_000;

/** The scripts taskpane.html loads at start, but Microsoft's office.js (the host's, not ours). */
function initialScripts(): string[] {
  const html = readFileSync(join(WEB_DIR, "taskpane.html"), "utf8");
  return [...html.matchAll(/<script[^>]*\ssrc=["']?([^"' >]+)/g)].map((m) => m[1]).filter((src) => !src.startsWith("office-js/"));
}

describe("the pane's initial JavaScript (dist/web, as npm run build writes it)", () => {
  it("is one script of at most 300 KB gzip", () => {
    const scripts = initialScripts();
    expect(scripts).toHaveLength(1);
    const gzip = scripts.reduce((n, src) => n + gzipSync(readFileSync(join(WEB_DIR, src)), { level: 9 }).length, 0);
    expect(gzip).toBeLessThanOrEqual(BUDGET_BYTES);
  });

  it("leaves the profile validator and the workbook writer out of it", () => {
    const entry = readFileSync(join(WEB_DIR, initialScripts()[0]), "utf8");
    // zod's own error text, and ExcelJS's: both must come in later chunks.
    expect(entry).not.toContain("Invalid input: expected");
    expect(entry).not.toContain("exceljs");
  });
});
