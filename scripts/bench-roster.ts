/**
 * Times core roster reading: builds a 100,000-row × 18-column roster Grid in memory (a title and a
 * 填报 line above the header, Chinese names, dates as serials, Date values and three text forms,
 * grades and statuses in words, a yes/no category column), then runs readRoster on it.
 * Usage: tsx scripts/bench-roster.ts [rows] [runs]
 */
import type { CellValue, Grid } from "../src/core/grid/grid";
import { readRoster } from "../src/core/roster";

const ROWS = Number(process.argv[2] ?? 100_000);
const RUNS = Number(process.argv[3] ?? 5);

const HEADERS = [
  "序号", "企业名称", "统一社会信用代码", "所在地区", "行业", "规模", "企业类别", "标准化等级", "状态",
  "证书编号", "发证日期", "有效期至", "申请年度", "联系人", "电话", "地址", "备注", "是否两重点一重大",
];
const DISTRICTS = ["张家港市", "常熟市", "太仓市", "昆山市", "吴江区", "吴中区", "相城区", "姑苏区", "苏州工业园区", "苏州高新区"];
const SECTORS = ["化工", "冶金", "有色", "建材", "机械", "轻工", "纺织", "烟草", "商贸"];
const CATEGORIES = ["亿元以上企业", "两重点一重大", "规上企业、粉尘涉爆", "小微企业", "一般企业"];
const GRADES = ["一级", "二级", "三级", "三级（小微）", "小微", null, "2级"];
const STATUSES = ["已达标", "申请创建", "创建中", "未创建", "已关停", "停产", "注销", "调出底数"];
const WORDS = "华宏鑫盛达泰恒通嘉源瑞丰永兴新亚东方金润利德隆昌凯信宝安和顺吉祥远航天成中联合众精工";

function dateCell(i: number): CellValue {
  const serial = 43000 + (i % 1500);
  const d = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000);
  const [y, m, day] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
  switch (i % 5) {
    case 0: return serial;
    case 1: return d;
    case 2: return `${y}/${m}/${day}`;
    case 3: return `${y}年${m}月${day}日`;
    default: return `${y}-${String(m).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  }
}

function name(i: number): string {
  let s = DISTRICTS[i % DISTRICTS.length].slice(0, 2);
  for (let k = 0, n = i; k < 4; k++, n = Math.floor(n / WORDS.length) + k) s += WORDS[n % WORDS.length];
  return s + "有限公司";
}

function buildGrid(rows: number): Grid {
  const width = HEADERS.length;
  const title: CellValue[] = new Array<CellValue>(width).fill(null);
  title[0] = "2022年苏州市安全生产标准化企业台账";
  const unit: CellValue[] = new Array<CellValue>(width).fill(null);
  unit[0] = "填报单位：苏州市应急管理局";
  unit[12] = "填报日期：2022年8月19日";
  const values: CellValue[][] = [title, unit, [...HEADERS]];
  for (let i = 0; i < rows; i++) {
    values.push([
      i + 1, name(i), `9132050${String(i).padStart(7, "0")}MA1X`, DISTRICTS[i % 10], SECTORS[i % 9], i % 3 ? "规上" : "规下",
      CATEGORIES[i % 5], GRADES[i % 7], STATUSES[i % 8], `苏AQB${320500 + (i % 100)}${String(i).padStart(6, "0")}`,
      dateCell(i), dateCell(i + 3), i % 4 ? 2023 : "2024年", `联系人${i % 1000}`, `0512-${String(60000000 + i)}`,
      `${DISTRICTS[i % 10]}人民路${i % 900}号`, i % 11 ? null : "备注", i % 2 ? "是" : "否",
    ]);
  }
  return { name: "台账", origin: { row: 1, col: 1 }, values, merges: [{ top: 1, left: 1, bottom: 1, right: width }] };
}

function heapMb(): number {
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
const before = heapMb();
const grid = buildGrid(ROWS);
gc?.();
const gridMb = heapMb() - before;
const times: number[] = [];
let records = 0, problems = 0, peak = 0;
for (let run = 0; run < RUNS; run++) {
  gc?.();
  const base = heapMb();
  const t0 = performance.now();
  const result = readRoster(grid);
  times.push(performance.now() - t0);
  peak = Math.max(peak, heapMb() - base);
  records = result.records.length;
  problems = result.records.reduce((n, r) => n + r.problems.length, 0);
}
const sorted = [...times].sort((a, b) => a - b);
console.log(`rows ${ROWS} × ${HEADERS.length} columns; records ${records}; cell problems ${problems}`);
console.log(`readRoster: first ${times[0].toFixed(0)} ms, median ${sorted[Math.floor(sorted.length / 2)].toFixed(0)} ms, best ${sorted[0].toFixed(0)} ms over ${RUNS} runs`);
console.log(`heap: grid ${gridMb.toFixed(0)} MB; records +${peak.toFixed(0)} MB${gc ? "" : " (run node with --expose-gc for exact figures)"}`);
