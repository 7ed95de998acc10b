import { strFromU8, unzipSync } from "fflate";
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { messyCases, type MessyCase } from "./fixtures/messy/cases";
import { runBin } from "./run-bin";

// A bureau keeps working in the copy `summarize --into-copy` wrote: next month it checks and
// summarizes that copy again. Its 明细 sheet lists every enterprise once per category (and the 合计
// rows again) under a roster-like header; read as a roster it would count them all a second time.
const tmp = mkdtempSync(join(tmpdir(), "anbiao-rerun-"));
let suzhou: MessyCase;

beforeAll(async () => {
  suzhou = (await messyCases()).suzhou;
});

const period = (c: MessyCase) => ["--profile", c.profile.id, "--as-of", c.asOf, "--year", String(c.year)];

interface CheckJson {
  metrics: { sheet?: string }[];
  rosters: { sheet: string; records: number }[];
  findings: { sheet: string; severity: string }[];
}

function checkJson(file: string, c: MessyCase): CheckJson {
  const run = runBin(["check", file, ...period(c), "--json"]);
  expect(run.stderr).toBe("");
  return JSON.parse(run.stdout);
}

describe("check and summarize on a workbook that already holds anbiao's 明细 (generated enterprise lists are not rosters)", () => {
  it("counts the same figures and findings on the summary copy as on the roster it was made from", () => {
    const input = join(tmp, "roster.xlsx");
    writeFileSync(input, suzhou.bytes);
    const copy = join(tmp, "copy.xlsx");
    expect(runBin(["summarize", input, ...period(suzhou), "--details", "--into-copy", "-o", copy]).status).toBe(0);
    const before = checkJson(input, suzhou);
    const after = checkJson(copy, suzhou);
    // The copy's rosters are the input's: 明细 is not among them.
    expect(after.rosters.map((r) => r.sheet)).toEqual(before.rosters.map((r) => r.sheet));
    expect(after.rosters.map((r) => r.sheet)).not.toContain("明细");
    // The roster's figures and its rows' findings are the input's. (The copy's generated attachments
    // are read as count tables, as any count table is: their figures carry a sheet and are left out.)
    const rosterSheets = new Set(before.rosters.map((r) => r.sheet));
    expect(after.metrics.filter((m) => m.sheet === undefined)).toEqual(before.metrics.filter((m) => m.sheet === undefined));
    expect(after.metrics.filter((m) => m.sheet === undefined).length).toBeGreaterThan(0);
    expect(after.findings.filter((f) => rosterSheets.has(f.sheet))).toEqual(before.findings.filter((f) => rosterSheets.has(f.sheet)));
    // Nothing on 明细 but the note that it is no count table either: no duplicate-USCC errors from its repeated rows.
    expect(after.findings.filter((f) => f.sheet === "明细" && f.severity !== "info")).toEqual([]);
  });

  it("says why in inspect, and a second summarize into the copy writes the same 明细 as the first", () => {
    const copy = join(tmp, "copy.xlsx");
    const inspect = runBin(["inspect", copy]);
    expect(inspect.stdout).toContain("不是台账：工作表「明细」是本助手生成的企业清单");
    const again = join(tmp, "again.xlsx");
    expect(runBin(["summarize", copy, ...period(suzhou), "--details", "--into-copy", "-o", again]).status).toBe(0);
    // The 明细 table's extent, from its autofilter's defined name: one row per enterprise × category, as before.
    const filterOf = (file: string) => /name="_xlnm\._FilterDatabase"[^>]*>([^<]+)</.exec(strFromU8(unzipSync(new Uint8Array(readFileSync(file)))["xl/workbook.xml"]))?.[1];
    expect(filterOf(copy)).toMatch(/明细'!\$A\$1:\$P\$\d+$/);
    expect(filterOf(again)).toBe(filterOf(copy));
  });
});
