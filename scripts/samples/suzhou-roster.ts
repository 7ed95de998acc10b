import ExcelJS from "exceljs";
import { pick, seededRandom } from "./random";
import { makeUscc } from "./uscc";

const DISTRICTS = ["张家港市", "常熟市", "太仓市", "昆山市", "吴江区", "吴中区", "相城区", "姑苏区", "苏州工业园区", "苏州高新区"];
const CATEGORY_SETS = [
  ["“亿元”以上企业"],
  ["“亿元”以上企业", "工贸重点领域规上企业"],
  ["工贸重点领域规上企业"],
  ["化工园（集中）区内危化企业", "“两重点一重大”危化品企业", "领取危化品安全生产许可证企业"],
  ["化工重点监测点企业", "“两重点一重大”危化品企业"],
  ["工贸重点领域规下企业"],
  ["非工贸重点领域规上企业"],
  ["非工贸重点领域规上企业"],
  ["其余危化品及一般化工企业"],
];
const SECTORS = ["机械", "冶金", "有色", "建材", "轻工", "纺织", "化工", "危化品"];
const NAME_PARTS = ["恒", "昌", "华", "泰", "鑫", "盛", "通", "达", "宏", "远", "瑞", "丰"];
const SUFFIX = ["精密机械", "新材料", "化工", "纺织", "电子科技", "金属制品", "建材"];

/** The campaign's columns as a Suzhou district would keep them. */
const HEADER = ["序号", "企业名称", "统一社会信用代码", "所在地区", "所属行业", "企业类别", "标准化等级", "创建状态", "证书编号", "发证日期", "有效期至", "备注"];

interface SampleRow {
  name: string;
  uscc: string;
  district: string;
  sector: string;
  categories: string[];
  grade: string;
  status: string;
  certificate: string;
  issue: Date | string | null;
  expiry: Date | null;
  remark: string;
}

function row(rand: () => number, serial: number, district: string): SampleRow {
  const categories = pick(rand, CATEGORY_SETS);
  const highTrack = categories.some((c) => !c.includes("规下") && !c.includes("非工贸") && !c.includes("其余"));
  const r = rand();
  const status = r < 0.55 ? "已达标" : r < 0.75 ? "申请创建" : r < 0.85 ? "创建中" : r < 0.95 ? "未创建" : "已关停";
  const grade = status === "已达标" ? (highTrack && rand() < 0.85 ? "二级" : "三级") : "";
  // Certificates issued 2020-01 … 2022-09, before the sample's 填报日期 (2022-10-01).
  const month = Math.floor(rand() * 33);
  const issue = status === "已达标" ? new Date(Date.UTC(2020 + Math.floor(month / 12), month % 12, 1 + Math.floor(rand() * 28))) : null;
  const expiry = issue ? new Date(Date.UTC(issue.getUTCFullYear() + 3, issue.getUTCMonth(), issue.getUTCDate())) : null;
  const name = `苏州${pick(rand, NAME_PARTS)}${pick(rand, NAME_PARTS)}${pick(rand, SUFFIX)}有限公司`;
  return {
    name: `${name.replace("有限公司", "")}${serial}号有限公司`,
    uscc: makeUscc(serial),
    district,
    sector: categories[0].includes("危化") || categories[0].includes("化工") ? "危化品" : pick(rand, SECTORS),
    categories,
    grade,
    status,
    certificate: issue ? `苏AQB${grade === "二级" ? "Ⅱ" : "Ⅲ"}${String(serial).padStart(5, "0")}` : "",
    issue: issue && serial % 4 === 0 ? `${issue.getUTCFullYear()}年${issue.getUTCMonth() + 1}月${issue.getUTCDate()}日` : issue,
    expiry,
    remark: "",
  };
}

/** Plants the inconsistencies a real roster has, so the demo has something to find. */
function plantProblems(rows: SampleRow[]): void {
  rows[7] = { ...rows[3], remark: "重复录入" };
  rows[12].uscc = rows[12].uscc.slice(0, 17) + (rows[12].uscc.endsWith("0") ? "1" : "0");
  rows[20].uscc = rows[20].uscc.replace(/0/, "O");
  const expired = rows.find((r, i) => i > 25 && r.status === "已达标");
  if (expired) {
    expired.issue = new Date(Date.UTC(2018, 5, 1));
    expired.expiry = new Date(Date.UTC(2021, 5, 1));
  }
  const closed = rows.find((r, i) => i > 40 && r.status === "已关停");
  if (closed) closed.grade = "三级";
}

/** Builds the Suzhou sample roster: title rows, a 填报单位 line, one row per enterprise. */
export async function makeSuzhouRoster(): Promise<ExcelJS.Workbook> {
  const rand = seededRandom(20220819);
  const rows: SampleRow[] = [];
  let serial = 1;
  for (const district of DISTRICTS) {
    const n = 18 + Math.floor(rand() * 10);
    for (let i = 0; i < n; i++) rows.push(row(rand, serial++, district));
  }
  plantProblems(rows);
  const wb = new ExcelJS.Workbook();
  wb.creator = "anbiao samples";
  wb.created = new Date(Date.UTC(2022, 9, 1));
  wb.modified = wb.created;
  const ws = wb.addWorksheet("企业台账");
  ws.mergeCells(1, 1, 1, HEADER.length);
  ws.getCell(1, 1).value = "苏州市工业企业安全生产标准化创建台账";
  ws.getCell(1, 1).font = { name: "黑体", size: 16, bold: true };
  ws.getCell(1, 1).alignment = { horizontal: "center" };
  ws.getCell(2, 1).value = "填报单位：苏州市应急管理局（样例数据）        填报日期：2022年10月1日";
  ws.addRow([]);
  ws.getRow(3).values = HEADER;
  ws.getRow(3).font = { bold: true };
  rows.forEach((r, i) => {
    ws.addRow([i + 1, r.name, r.uscc, r.district, r.sector, r.categories.join("、"), r.grade, r.status, r.certificate, r.issue, r.expiry, r.remark]);
  });
  ws.getColumn(10).numFmt = "yyyy-mm-dd";
  ws.getColumn(11).numFmt = "yyyy-mm-dd";
  [6, 34, 22, 12, 10, 40, 10, 10, 16, 14, 14, 12].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.addRow([]);
  ws.addRow(["注：企业类别可填多项，用“、”分隔；已关停、注销企业不计入底数。"]);
  return wb;
}
