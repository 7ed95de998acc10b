import type { CellValue } from "../grid/grid";
import type { Grade } from "../roster/record";
import { isNotApplicable } from "./not-applicable";
import { EMPTY, INVALID, NOT_APPLICABLE, parsedValue, type Parsed } from "./parsed";
import { labelKey } from "./text";

const GRADE_WORDS: Record<string, Grade> = {
  一: 1, "1": 1, Ⅰ: 1, I: 1,
  二: 2, "2": 2, Ⅱ: 2, II: 2,
  三: 3, "3": 3, Ⅲ: 3, III: 3,
};
const GRADE_IN_TEXT = /(III|II|I|[一二三123ⅠⅡⅢ])级/g;
const BARE = /^(III|II|I|[一二三123ⅠⅡⅢ])$/;
/**
 * What clerks write in a grade column for "no grade (yet)": 未创建, 无等级, 暂无, 未评定, 尚未定级,
 * 待评审, 否, 创建中… It is a value meaning "none", never an unreadable cell.
 */
const NO_GRADE = /^(?:(?:未|无|暂无|没有|尚未|尚无|待|否)(?:创建|评定|定级|达标|取得|申报|评审|评级|评|级|参加|参评)?(?:等级|标准化)?|(?:正在)?(?:创建|申请|申报|评审|定级|整改)中|不达标|未通过)$/;

const ONE: Parsed<Grade> = parsedValue(1);
const TWO: Parsed<Grade> = parsedValue(2);
const THREE: Parsed<Grade> = parsedValue(3);
const MICRO: Parsed<Grade> = parsedValue("micro");
const BY_GRADE: Record<string, Parsed<Grade>> = { "1": ONE, "2": TWO, "3": THREE };

/**
 * Reads a standardization grade: 一级/二级/三级, "2级", "Ⅱ级", "二级标准化", "安全生产标准化二级企业",
 * a bare 1/2/3, and 小微 → "micro". "三级（小微）" is Jiangsu's small/micro track, which rosters file
 * under grade 3 in name only: it is read as "micro", never as grade 3. Words for "no grade" (未创建,
 * 无, /, 未评定, 暂无…) read as not applicable: the row holds no grade.
 */
export function parseGrade(v: CellValue): Parsed<Grade> {
  if (v === null) return EMPTY;
  if (typeof v === "number") return BY_GRADE[String(v)] ?? INVALID;
  if (typeof v !== "string") return INVALID;
  const key = labelKey(v);
  if (key === "") return EMPTY;
  if (key.includes("小微")) return MICRO;
  if (NO_GRADE.test(key)) return NOT_APPLICABLE;
  const bare = BARE.exec(key);
  if (bare) return BY_GRADE[String(GRADE_WORDS[bare[1]])];
  const found = new Set<Grade>();
  for (const m of key.matchAll(GRADE_IN_TEXT)) found.add(GRADE_WORDS[m[1]]);
  // "一级、二级" names two grades: which one holds is for a person to say.
  if (found.size === 1) return BY_GRADE[String([...found][0])];
  if (found.size === 0 && isNotApplicable(key)) return NOT_APPLICABLE;
  return INVALID;
}
