/**
 * Writes .bench/district-returns-N/: N district rosters of ROWS rows each (the consolidate
 * benchmark), for the open-list changshu-2019 campaign so that any number of 板块 can return.
 * Deterministic; streamed with ExcelJS's WorkbookWriter. Usage: tsx scripts/make-district-returns.ts [n] [rows]
 */
import { mkdirSync } from "fs";
import { join } from "path";
import ExcelJS from "exceljs";
import { seededRandom } from "./samples/random";
import { makeUscc } from "./samples/uscc";

const HEADERS = ["序号", "企业名称", "统一社会信用代码", "所在地区", "行业", "规模", "类别", "标准化等级", "状态", "证书编号", "发证日期", "有效期至", "备注"];
const CATEGORIES = ["小微企业", "规模以下企业", "液氨制冷、有限空间作业、劳动密集型加工等重点行业(领域)"];
const GRADES = ["小微", "三级", "二级", "", ""];
const STATUSES = ["已达标", "申请创建", "创建中", "未创建", "停产"];
const WORDS = [..."华宏鑫盛达泰恒通嘉源瑞丰永兴新亚东方金润利德隆昌凯信宝安和顺吉祥远航天成中联合众精工"];

async function main(): Promise<void> {
  const n = Number(process.argv[2] ?? 50);
  const rows = Number(process.argv[3] ?? 2000);
  const dir = join(__dirname, "..", ".bench", `district-returns-${n}x${rows}`);
  mkdirSync(dir, { recursive: true });
  const rand = seededRandom(20261201);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
  for (let d = 1; d <= n; d++) {
    const district = `第${d}板块`;
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: join(dir, `${district}.xlsx`), useSharedStrings: true });
    const ws = wb.addWorksheet(district);
    ws.addRow(HEADERS).commit();
    for (let r = 1; r <= rows; r++) {
      const serial = d * 100000 + r;
      const grade = pick(GRADES);
      const name = `常熟${pick(WORDS)}${pick(WORDS)}${pick(WORDS)}有限公司`;
      ws.addRow([r, name, makeUscc(serial, "320581"), district, "机械", pick(["规上", "规下"]), pick(CATEGORIES), grade, grade ? "已达标" : pick(STATUSES), grade ? `AQB${serial}` : "", grade ? "2018-06-30" : "", grade ? "2021-06-29" : "", ""]).commit();
    }
    ws.commit();
    await wb.commit();
  }
  process.stdout.write(`${dir}\n`);
}

void main();
