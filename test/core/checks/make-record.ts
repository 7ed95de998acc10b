import type { RosterRecord } from "../../../src/core/roster/record";
import type { CampaignView, CheckedCategory, RowCheckContext } from "../../../src/core/checks/row-rule";

/** A roster record for tests: an attained grade-2 enterprise in 常熟 unless overridden. */
export function makeRecord(row: number, over: Partial<RosterRecord> = {}): RosterRecord {
  return {
    sheet: "台账",
    row,
    name: `企业${row}`,
    uscc: null,
    district: "常熟",
    sector: null,
    scale: null,
    size: null,
    categories: ["亿元以上企业"],
    flags: {},
    grade: 2,
    status: "attained",
    certificateNumber: null,
    issueDate: "2022-03-01",
    expiryDate: "2025-02-28",
    applying: null,
    remark: null,
    extras: {},
    problems: [],
    columns: { name: "B", uscc: "C", district: "D", category: "E", grade: "F", status: "G", issueDate: "H", expiryDate: "I", applying: "J" },
    ...over,
  };
}

const categories: Record<string, CheckedCategory> = {
  亿元以上企业: { id: "billion-yuan", name: "“亿元”以上企业", requiredGrade: 2 },
  化工重点监测点企业: { id: "monitoring-points", name: "化工重点监测点企业", requiredGrade: 2 },
  非工贸重点领域规上企业: { id: "non-key-above", name: "非工贸重点领域规上企业", requiredGrade: 3 },
};

/** A campaign with three categories and the Suzhou districts 常熟, 昆山, 太仓. */
export const testCampaign: CampaignView = {
  categoriesOf: (r) => r.categories.map((c) => categories[c]).filter(Boolean),
  knowsDistrict: (text) => ["常熟", "昆山", "太仓"].includes(text),
  suggestDistrict: (text) => (text.includes("昆") ? "昆山" : null),
  requiredFields: ["name", "district", "category", "status"],
  usccPilotAreas: ["4403"],
};

/** A check context over records, as of 2022-10-01 in 2022. */
export function context(records: RosterRecord[], over: Partial<RowCheckContext> = {}): RowCheckContext {
  return { records, subtotals: [], unidentified: [], campaign: testCampaign, asOf: "2022-10-01", year: 2022, ...over };
}
