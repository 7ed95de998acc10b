import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import type { CellValue, Grid } from "../../../src/core/grid/grid";
import { readRoster } from "../../../src/core/roster";
import { readXlsxFile } from "../../../src/xlsx/read-file";

/**
 * DESIGN.md: ExcelJS's streaming reader garbles Chinese characters that straddle a 16 KiB chunk
 * edge (U+FFFD in names, certificate numbers, text dates). Whatever reader src/xlsx uses must
 * bring back a large Chinese roster exactly as written.
 */
const ROWS = 10_000;
const HEADERS = ["序号", "企业名称", "所在地区", "证书编号", "发证日期", "备注"];
const DISTRICTS = ["张家港市", "常熟市", "太仓市", "昆山市", "吴江区", "吴中区", "相城区", "姑苏区", "苏州工业园区", "苏州高新区"];
const WORDS = "华宏鑫盛达泰恒通嘉源瑞丰永兴新亚东方金润利德隆昌凯信宝安和顺吉祥远航天成中联合众精工";

function row(i: number): CellValue[] {
  const word = (k: number) => WORDS[(i * 7 + k * 13) % WORDS.length];
  return [
    i + 1,
    `${DISTRICTS[i % 10]}${word(1)}${word(2)}${word(3)}科技有限公司（第${i}号）`,
    DISTRICTS[i % 10],
    `苏AQB${word(4)}〔2022〕${String(i).padStart(5, "0")}号`,
    `${2020 + (i % 4)}年${1 + (i % 12)}月${1 + (i % 28)}日`,
    i % 3 === 0 ? `备注：${word(5)}${word(6)}，需复核` : null,
  ];
}

let grid: Grid;

beforeAll(async () => {
  const path = join(mkdtempSync(join(tmpdir(), "anbiao-big-")), "roster-10k.xlsx");
  // The streaming writer with shared strings lays the file out as Excel and WPS do.
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true });
  const ws = wb.addWorksheet("台账");
  ws.addRow(HEADERS).commit();
  for (let i = 0; i < ROWS; i++) ws.addRow(row(i)).commit();
  ws.commit();
  await wb.commit();
  [grid] = await readXlsxFile(path);
}, 120_000);

describe("reading a 10,000-row Chinese roster through src/xlsx", () => {
  it("brings back no replacement character (U+FFFD) in any cell", () => {
    const garbled = grid.values.flatMap((r, i) => r.filter((v) => typeof v === "string" && v.includes("\uFFFD")).map((v) => `${i + 1}: ${v}`));
    expect(garbled).toEqual([]);
  });

  it("brings back every value exactly as written", () => {
    expect(grid.values).toHaveLength(ROWS + 1);
    expect(grid.values[0]).toEqual(HEADERS);
    const mismatched: number[] = [];
    for (let i = 0; i < ROWS; i++) {
      const expected = row(i);
      if (!expected.every((v, c) => v === grid.values[i + 1][c])) mismatched.push(i + 2);
    }
    expect(mismatched).toEqual([]);
  });

  it("reads all 10,000 enterprises with their text dates", () => {
    const r = readRoster(grid);
    expect(r.records).toHaveLength(ROWS);
    expect(r.records[9_999].name).toBe(row(9_999)[1]);
    const i = 9_999;
    const iso = `${2020 + (i % 4)}-${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}`;
    expect(r.records[i].issueDate).toBe(iso);
    expect(r.records.every((x) => x.problems.length === 0)).toBe(true);
  });
});
