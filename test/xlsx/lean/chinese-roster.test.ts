import { PassThrough } from "stream";
import ExcelJS from "exceljs";
import type { CellValue, Grid } from "../../../src/core/grid/grid";
import { readXlsxLean } from "../../../src/xlsx/lean/read-xlsx-lean";
import { nodeCodec } from "../../../src/xlsx/lean/node-codec";

const ROWS = 10_000;
const HAN = "苏州张家港常熟太仓昆山吴江吴中相城姑苏园区高新化工冶金机械轻工纺织建材商贸危化品经营有限公司股份科技制造实业一二三级正常注销停产关闭调出";

/** A deterministic 10k-row roster whose Chinese text lands on chunk edges all over the parts. */
function rosterRows(): CellValue[][] {
  let seed = 7;
  const next = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const han = (n: number): string => Array.from({ length: n }, () => HAN[next(HAN.length)]).join("");
  const rows: CellValue[][] = [["序号", "企业名称", "地区", "证书编号", "发证日期", "发证日期（文本）", "备注", "电话"]];
  for (let i = 1; i <= ROWS; i++) {
    rows.push([
      i, `${han(4 + next(6))}有限公司`, han(3), `苏AQB${han(2)}${2019 + next(6)}${String(i).padStart(5, "0")}`,
      new Date(Date.UTC(2019 + next(6), next(12), 1 + next(28))), `${2019 + next(6)}年${1 + next(12)}月${1 + next(28)}日`,
      next(5) === 0 ? han(1 + next(30)) : null, `0512-${String(60000000 + next(9999999))}`,
    ]);
  }
  return rows;
}

/** Writes the rows with ExcelJS's streaming writer, with or without a shared-strings part. */
async function streamedWorkbook(rows: CellValue[][], useSharedStrings: boolean): Promise<Uint8Array> {
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on("data", (c: Buffer) => chunks.push(c));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useSharedStrings, useStyles: true });
  const ws = wb.addWorksheet("企业台账");
  for (const values of rows) {
    const row = ws.addRow(values);
    if (values[4] instanceof Date) row.getCell(5).numFmt = 'yyyy"年"m"月"d"日"';
    row.commit();
  }
  ws.commit();
  await wb.commit();
  return new Uint8Array(Buffer.concat(chunks));
}

function replacementCharacters(grid: Grid): string[] {
  return grid.values.flat().filter((v): v is string => typeof v === "string" && v.includes("\uFFFD"));
}

describe("readXlsxLean (large Chinese roster)", () => {
  const rows = rosterRows();
  const variants: [string, Parameters<typeof readXlsxLean>[2]][] = [
    ["default fflate streaming", {}],
    ["fflate streaming in odd 4099-byte steps", { chunkBytes: 4099 }],
    ["native zlib streaming in 1000-byte steps", { codec: nodeCodec, chunkBytes: 1000 }],
  ];

  for (const useSharedStrings of [true, false]) {
    describe(useSharedStrings ? "with shared strings" : "with strings in the cells", () => {
      let bytes: Uint8Array;
      beforeAll(async () => {
        bytes = await streamedWorkbook(rows, useSharedStrings);
      });

      for (const [label, options] of variants) {
        it(`reads back every value written, with no U+FFFD (${label})`, () => {
          const [grid] = readXlsxLean(bytes, "roster.xlsx", options);
          expect(replacementCharacters(grid)).toEqual([]);
          expect(grid.origin).toEqual({ row: 1, col: 1 });
          expect(grid.values).toHaveLength(rows.length);
          expect(grid.values).toEqual(rows);
        });
      }
    });
  }
});
