/**
 * Writes .bench/roster-100k.xlsx: a deterministic 100,000-row, 18-column enterprise roster with a
 * merged title row above the header, Chinese text everywhere, and the date mess real rosters have
 * (real dates in two formats, "2022/8/19" text, "2022年8月19日" text, blanks). It is written with
 * ExcelJS's streaming WorkbookWriter (shared strings on, like Excel and WPS files) so that building
 * the benchmark input does not itself need a gigabyte. Usage: tsx scripts/make-big-roster.ts [rows] [out]
 */
import { mkdirSync } from "fs";
import { dirname } from "path";
import ExcelJS from "exceljs";
import { seededRandom } from "./samples/random";
import { makeUscc } from "./samples/uscc";

const HEADERS = [
  "序号", "企业名称", "统一社会信用代码", "所在地区", "行业", "规模", "企业类别", "标准化等级", "状态",
  "证书编号", "发证日期", "有效期至", "申请年度", "联系人", "电话", "地址", "备注", "是否两重点一重大",
];
const DISTRICTS = ["张家港市", "常熟市", "太仓市", "昆山市", "吴江区", "吴中区", "相城区", "姑苏区", "苏州工业园区", "苏州高新区"];
const INDUSTRIES = ["化工", "冶金", "有色", "建材", "机械", "轻工", "纺织", "烟草", "商贸", "危化品经营"];
const SIZES = ["规上", "规下", "小微"];
const CATEGORIES = ["亿元以上企业", "两重点一重大", "规上企业", "小微企业", "一般企业"];
const GRADES = ["一级", "二级", "三级", "三级", "小微", "", ""];
const STATUSES = ["正常", "正常", "正常", "正常", "停产", "注销", "关闭", "调出"];
const SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈";
const GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国志红燕玲丹萍鹏辉斌宇浩凯";
const WORDS = "华宏鑫盛达泰恒通嘉源瑞丰永兴新亚东方金润利德隆昌凯信宝安和顺吉祥远航天成中联合众精工";
const SUFFIX = ["有限公司", "股份有限公司", "科技有限公司", "制造有限公司", "实业有限公司"];
const ROADS = ["人民路", "长江路", "金鸡湖大道", "星湖街", "东环路", "太湖大道", "沪宁路", "港城大道"];

const rand = seededRandom(20250819);
const int = (n: number): number => Math.floor(rand() * n);
const pick = <T>(list: readonly T[] | string): T => list[int(list.length)] as T;
const chars = (pool: string, n: number): string => Array.from({ length: n }, () => pick<string>(pool)).join("");

/** A valid 18-character code (organization-code and GB 32100-2015 check characters both right). */
function uscc(): string {
  return makeUscc(int(50_000_000), "3205" + String(int(100)).padStart(2, "0"));
}

/** The issue date in one of the shapes clerks type: a real date, "2022/8/19", "2022年8月19日" or blank. */
function issueDate(d: Date): { value: Date | string | null; numFmt?: string } {
  const y = d.getUTCFullYear(), m = d.getUTCMonth() + 1, day = d.getUTCDate();
  switch (int(10)) {
    case 0: case 1: case 2: case 3: return { value: d, numFmt: "yyyy-mm-dd" };
    case 4: case 5: return { value: d, numFmt: 'yyyy"年"m"月"d"日"' };
    case 6: return { value: `${y}/${m}/${day}` };
    case 7: case 8: return { value: `${y}年${m}月${day}日` };
    default: return { value: null };
  }
}

function row(n: number): { values: (string | number | Date | null)[]; issueFmt?: string } {
  const district = pick<string>(DISTRICTS);
  const grade = pick<string>(GRADES);
  const issued = grade ? new Date(Date.UTC(2019 + int(6), int(12), 1 + int(28))) : null;
  const issue = issued ? issueDate(issued) : { value: null };
  const expires = issued ? new Date(Date.UTC(issued.getUTCFullYear() + 3, issued.getUTCMonth(), issued.getUTCDate() - 1)) : null;
  const cert = issued ? `苏AQB${district.slice(0, 2)}${pick<string>(INDUSTRIES).slice(0, 1)}${grade.slice(0, 1)}${issued.getUTCFullYear()}${String(n).padStart(5, "0")}` : null;
  const year = int(4) === 0 ? `${2024 + int(2)}年` : 2024 + int(2);
  const phone = int(2) === 0 ? `0512-${String(60000000 + int(39999999))}` : `1${pick<string>("3589")}${String(int(1e9)).padStart(9, "0")}`;
  const remark = int(8) === 0 ? pick<string>(["已整改", "待复评", "证书到期需复审", "搬迁中", "更名：原" + chars(WORDS, 2) + "公司"]) : null;
  const values = [
    n, `${district.replace(/[市区]$/, "")}${chars(WORDS, 2 + int(2))}${pick<string>(INDUSTRIES)}${pick<string>(SUFFIX)}`, uscc(), district,
    pick<string>(INDUSTRIES), pick<string>(SIZES), pick<string>(CATEGORIES), grade || null, pick<string>(STATUSES), cert,
    issue.value, expires, year, pick<string>(SURNAMES) + chars(GIVEN, 1 + int(2)), phone,
    `江苏省苏州市${district}${pick<string>(ROADS)}${1 + int(999)}号`, remark, int(5) === 0 ? "是" : "否",
  ];
  return { values, issueFmt: issue.numFmt };
}

async function main(): Promise<void> {
  const rows = Number(process.argv[2] ?? 100_000);
  const out = process.argv[3] ?? ".bench/roster-100k.xlsx";
  mkdirSync(dirname(out), { recursive: true });
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: out, useSharedStrings: true, useStyles: true });
  const ws = wb.addWorksheet("企业台账");
  ws.mergeCells(1, 1, 1, HEADERS.length);
  ws.getCell(1, 1).value = "苏州市工贸企业安全生产标准化台账（2025年）";
  ws.getRow(1).commit();
  ws.addRow(HEADERS).commit();
  for (let n = 1; n <= rows; n++) {
    const r = row(n);
    const added = ws.addRow(r.values);
    if (r.issueFmt) added.getCell(11).numFmt = r.issueFmt;
    if (r.values[11]) added.getCell(12).numFmt = "yyyy/m/d";
    added.commit();
  }
  ws.commit();
  await wb.commit();
  process.stdout.write(`wrote ${out} (${rows} rows)\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
