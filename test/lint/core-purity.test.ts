import { spawnSync } from "child_process";
import { join } from "path";

const eslintBin = join(process.cwd(), "node_modules", "eslint", "bin", "eslint.js");

/** Lints code as if it were a file under src/core, through the project's real ESLint config. */
function lintCore(code: string): string[] {
  const run = spawnSync(process.execPath, [eslintBin, "--stdin", "--stdin-filename", "src/core/metrics/probe.ts", "--format", "json"], {
    input: code,
    encoding: "utf8",
  });
  const [result] = JSON.parse(run.stdout) as { messages: { ruleId: string | null }[] }[];
  return result.messages.map((m) => m.ruleId ?? "");
}

describe("lint rule: src/core stays pure", () => {
  it.each([
    ['import ExcelJS from "exceljs";\nexport const x = ExcelJS;'],
    ['import { useState } from "react";\nexport const x = useState;'],
    ['import { readFileSync } from "node:fs";\nexport const x = readFileSync;'],
    ['import { readFileSync } from "fs";\nexport const x = readFileSync;'],
    ['import { readXlsxFile } from "../../xlsx/read-file";\nexport const x = readXlsxFile;'],
  ])("rejects a host import: %s", (code) => {
    expect(lintCore(code)).toContain("no-restricted-imports");
  });

  it("rejects the Excel and Office globals", () => {
    const ids = lintCore("export async function f(): Promise<void> { await Excel.run(async () => undefined); Office.onReady(); }");
    expect(ids.filter((id) => id === "no-restricted-globals" || id === "no-restricted-syntax").length).toBeGreaterThanOrEqual(2);
  });

  it("accepts pure code importing other core modules", () => {
    expect(lintCore('import { labelKey } from "../normalize/text";\nexport const k = labelKey("合计");')).toEqual([]);
  });
});
