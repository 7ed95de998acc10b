import type { CellValue } from "../grid/grid";
import type { Status } from "../roster/record";
import { isNotApplicable } from "./not-applicable";
import { EMPTY, INVALID, NOT_APPLICABLE, parsedValue, type Parsed } from "./parsed";
import { labelKey } from "./text";

/** Status words as rosters write them, exact after labelKey. */
const EXACT: Record<string, Status> = {
  已达标: "attained", 达标: "attained", 已创建: "attained", 已评审: "attained", 已取证: "attained", 已通过: "attained",
  申请创建: "applying", 已申请: "applying", 申请中: "applying", 已申报: "applying", 申报中: "applying", 拟创建: "applying",
  创建中: "creating", 正在创建: "creating", 在创: "creating", 在建: "creating",
  未创建: "none", 未达标: "none", 未申请: "none", 未开展: "none",
  已关停: "closed", 关停: "closed", 关闭: "closed", 已关闭: "closed", 已关闭停产: "closed",
  停产: "suspended", 已停产: "suspended", 停业: "suspended", 停产整顿: "suspended",
  注销: "deregistered", 已注销: "deregistered", 吊销: "deregistered", 已吊销: "deregistered",
  调出底数: "transferred", 调出: "transferred", 已调出: "transferred", 迁出: "transferred",
  暂不具备创建条件: "excused", 不具备创建条件: "excused", 暂不具备: "excused", 暂不争创: "excused", 暂缓创建: "excused", 确有特殊原因: "excused",
};

/**
 * Operating-status words (企业状态: 正常, 在产…) say the enterprise runs, not where it stands in the
 * campaign: read as "not applicable" so they neither count nor become findings.
 */
const OPERATING = new Set(["正常", "在产", "正常生产", "在营", "存续", "营业", "在业", "开业"]);

/** Fragments tried in order when the text is longer than a status word ("已达标（二级）", "2023年已关停"). */
const CONTAINS: [string, Status][] = [
  ["不具备创建条件", "excused"], ["暂不具备", "excused"], ["特殊原因", "excused"], ["暂不争创", "excused"],
  ["调出", "transferred"], ["迁出", "transferred"],
  ["注销", "deregistered"], ["吊销", "deregistered"],
  ["关停", "closed"], ["关闭", "closed"],
  ["停产", "suspended"], ["停业", "suspended"],
  ["未创建", "none"], ["未达标", "none"], ["未申请", "none"],
  ["创建中", "creating"], ["正在创建", "creating"],
  ["申请", "applying"], ["申报", "applying"],
  ["已达标", "attained"], ["达标", "attained"], ["已创建", "attained"],
];

const PARSED = new Map<Status, Parsed<Status>>();
function parsedStatus(s: Status): Parsed<Status> {
  let p = PARSED.get(s);
  if (!p) PARSED.set(s, (p = parsedValue(s)));
  return p;
}

/**
 * Reads a status: 已达标, 申请创建, 创建中, 未创建, 已关停, 停产, 注销, 调出底数 and their common
 * variants; operating words such as 正常 are "not applicable" (they state no campaign status).
 */
export function parseStatus(v: CellValue): Parsed<Status> {
  if (v === null) return EMPTY;
  if (typeof v !== "string") return INVALID;
  const key = labelKey(v);
  if (key === "") return EMPTY;
  const exact = EXACT[key];
  if (exact) return parsedStatus(exact);
  if (OPERATING.has(key) || isNotApplicable(key)) return NOT_APPLICABLE;
  for (const [fragment, status] of CONTAINS) if (key.includes(fragment)) return parsedStatus(status);
  return INVALID;
}
