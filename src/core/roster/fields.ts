import { labelKey } from "../normalize/text";
import type { FieldId } from "./record";

/** Header synonyms of each canonical field, canonical header first; earlier synonyms win when two columns compete. */
export const FIELD_SYNONYMS: Record<FieldId, readonly string[]> = {
  name: ["企业名称", "单位名称", "企业（单位）名称", "企业(单位)名称", "单位（企业）名称", "企业全称", "名称"],
  uscc: ["统一社会信用代码", "社会信用代码", "信用代码", "统一信用代码", "组织机构代码"],
  district: ["所在地区", "地区", "属地", "县级市（区）", "县（市、区）", "县(市、区)", "县市区", "板块", "所属板块", "辖区", "所属地区", "乡镇（街道）", "镇（街道）", "乡镇"],
  sector: ["行业", "所属行业", "行业领域", "行业类别", "行业类型", "所属行业领域"],
  scale: ["规模", "是否规上", "规上/规下", "是否规模以上", "规模以上/以下", "规上规下", "是否规模以上企业"],
  size: ["企业规模", "企业规模（大中小微）", "企业规模(大中小微)", "规模类型", "企业划型", "划型", "大中小微", "企业类型（大中小微）"],
  category: ["类别", "创建类别", "企业类别", "底数类别", "所属类别"],
  grade: ["标准化等级", "等级", "达标等级", "安标等级", "现有等级", "标准化达标等级", "达标级别"],
  status: ["状态", "创建状态", "达标情况", "创建情况", "企业状态", "标准化状态"],
  certificateNumber: ["证书编号", "证书号", "证书号码"],
  issueDate: ["发证日期", "发证时间", "评定日期", "公告日期", "取证日期", "取证时间"],
  expiryDate: ["有效期至", "证书有效期", "有效期截止", "到期日期", "有效期截止日期", "到期时间", "证书有效期至"],
  applying: ["申请创建", "是否申请创建", "申请创建年度", "计划创建年度", "拟创建年度", "创建年度", "申请年度", "是否申请"],
  remark: ["备注", "说明", "备注说明"],
};

/** Headers that contain a field's synonym but mean something else; they stay unmapped unless overridden. */
export const NOT_A_FIELD: ReadonlySet<string> = new Set(
  ["申请等级", "拟申请等级", "申请创建等级", "拟创建等级", "行业主管部门", "主管部门", "监管部门", "行业监管部门"].map(labelKey),
);

/** Headers of the 序号 column. */
export const INDEX_HEADERS: ReadonlySet<string> = new Set(["序号", "编号", "NO", "NO.", "序"].map(labelKey));

/** Every canonical field id, in report order. */
export const FIELD_IDS = Object.keys(FIELD_SYNONYMS) as FieldId[];

/** A synonym as a comparison key, with the field it names and its rank (0 = canonical). */
export interface SynonymKey {
  key: string;
  field: string;
  rank: number;
  text: string;
}

/** Every canonical synonym as a key, longest first so containment tries the most specific one first. */
export const SYNONYM_KEYS: readonly SynonymKey[] = FIELD_IDS.flatMap((field) =>
  FIELD_SYNONYMS[field].map((text, rank) => ({ key: labelKey(text), field, rank, text })),
).sort((a, b) => b.key.length - a.key.length);

