import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { recalculateWithLibreOffice } from "../core/report/attachment/libreoffice";
import { messyCases, type MessyCase } from "./fixtures/messy/cases";
import { runBin } from "./run-bin";

const tmp = mkdtempSync(join(tmpdir(), "anbiao-details-"));
let cases: Record<string, MessyCase>;
const outputs = new Map<string, Buffer>();
const MEASURES = ["base", "attained", "applying"] as const;
const HEADER = { name: 1, district: 3, sheet: 11, row: 12 };

beforeAll(async () => {
  cases = await messyCases();
  for (const id of ["suzhou", "changshu", "qinyang"]) {
    const c = cases[id];
    const input = join(tmp, `${id}.xlsx`);
    writeFileSync(input, c.bytes);
    const out = join(tmp, `${id}-details.xlsx`);
    const run = runBin(["summarize", input, "--profile", c.profile.id, "--as-of", c.asOf, "--year", String(c.year), "-o", out, "--details"]);
    if (run.status !== 0) throw new Error(run.stderr);
    outputs.set(id, readFileSync(out));
  }
}, 120_000);

const sorted = (names: readonly (string | null)[]) => [...names].sort();
const LINK = /^HYPERLINK\("#'?(.+?)'?!A(\d+)",(.+)\)$/;

async function load(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

/** The enterprise rows of the block whose title is at `row`: up to the next title (a row with only column A). */
function block(ws: ExcelJS.Worksheet, row: number): { title: string; back: string; names: string[] } {
  const title = ws.getCell(row, 1).value as ExcelJS.CellHyperlinkValue;
  const names: string[] = [];
  for (let r = row + 1; r <= ws.rowCount && ws.getCell(r, HEADER.row).value !== null; r++) names.push(String(ws.getCell(r, HEADER.name).value));
  return { title: title.text, back: title.hyperlink, names };
}

describe("summarize --details (every count cell linked to the enterprises it counted, checked against the fixtures' expected scripts)", () => {
  it.each(["suzhou", "changshu", "qinyang"])("%s: each count cell's block lists exactly the expected enterprises and links back to the cell", async (id) => {
    const c = cases[id];
    const wb = await load(outputs.get(id)!);
    const details = wb.getWorksheet("明细")!;
    expect(details).toBeDefined();
    let linked = 0;
    const showing = new Map<number, string[]>();
    const backs = new Map<number, string>();
    for (const ws of wb.worksheets) {
      if (ws === details) continue;
      ws.eachRow((r) =>
        r.eachCell((cell) => {
          const v = cell.value as ExcelJS.CellFormulaValue;
          const m = typeof v === "object" && v !== null && "formula" in v ? LINK.exec(v.formula) : null;
          if (!m) return;
          linked++;
          expect(m[1]).toBe("明细");
          // The count stays a number: the cached value, which SUM and the rate formulas read.
          // (ExcelJS reads a cached 0 back as no result; the formula's own argument then says 0.)
          const count = typeof v.result === "number" ? v.result : Number(m[3]);
          expect(Number.isInteger(count)).toBe(true);
          const b = block(details, Number(m[2]));
          // One block per figure: its link back goes to a cell showing that figure (the first one in tab order).
          const cells = showing.get(Number(m[2])) ?? [];
          showing.set(Number(m[2]), [...cells, `#${ws.name}!${cell.address}`]);
          backs.set(Number(m[2]), b.back.replace(/'/g, ""));
          // The block title names the figure; find its expected list by district, category and measure.
          const list = c.lists.find((l) => {
            const category = c.profile.categories.find((k) => k.id === l.category)!;
            return b.title.startsWith(`${l.district ?? "合计"} · ${category.name} · `);
          });
          expect({ title: b.title, found: list !== undefined }).toEqual({ title: b.title, found: true });
          const measure = MEASURES.find((ms) => b.title.includes(` · ${({ base: "底数", attained: "已达标", applying: "申请创建" } as const)[ms]}：`))!;
          expect({ title: b.title, names: sorted(b.names) }).toEqual({ title: b.title, names: sorted(list![measure]) });
          expect(count).toBe(list![measure].length);
        }),
      );
    }
    expect(linked).toBeGreaterThan(0);
    for (const [row, back] of backs) expect({ row, back, showsIt: showing.get(row)!.includes(back) }).toEqual({ row, back, showsIt: true });
  });

  it("leaves the default output without the 明细 sheet or links", async () => {
    const c = cases.suzhou;
    const out = join(tmp, "plain.xlsx");
    expect(runBin(["summarize", join(tmp, "suzhou.xlsx"), "--profile", c.profile.id, "--as-of", c.asOf, "--year", String(c.year), "-o", out]).status).toBe(0);
    const wb = await load(readFileSync(out));
    expect(wb.getWorksheet("明细")).toBeUndefined();
    const formulas: string[] = [];
    wb.eachSheet((ws) => ws.eachRow((r) => r.eachCell((cell) => (cell.formula ? formulas.push(cell.formula) : undefined))));
    expect(formulas.filter((f) => f.includes("HYPERLINK"))).toEqual([]);
  });

  it("opens in LibreOffice with the linked counts still numbers and the rates computed from them", async () => {
    const before = await load(outputs.get("suzhou")!);
    const after = await load(recalculateWithLibreOffice(outputs.get("suzhou")!));
    let checked = 0;
    for (const ws of before.worksheets) {
      const lo = after.getWorksheet(ws.name)!;
      ws.eachRow((r) =>
        r.eachCell((cell) => {
          const v = cell.value as ExcelJS.CellFormulaValue;
          if (typeof v !== "object" || v === null || !("formula" in v)) return;
          const got = (lo.getCell(cell.address).value as ExcelJS.CellFormulaValue | null)?.result;
          if (LINK.test(v.formula)) {
            expect({ cell: `${ws.name}!${cell.address}`, value: got }).toEqual({ cell: `${ws.name}!${cell.address}`, value: v.result });
            checked++;
          } else if (typeof v.result === "number") {
            // Rates and sums over linked counts: LibreOffice's recalculated value is the engine's.
            expect({ cell: `${ws.name}!${cell.address}`, value: got as number }).toEqual({ cell: `${ws.name}!${cell.address}`, value: expect.closeTo(v.result, 9) });
          }
        }),
      );
    }
    expect(checked).toBeGreaterThan(0);
  }, 180_000);
});
