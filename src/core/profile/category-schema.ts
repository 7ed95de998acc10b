import { z } from "zod";
import { countSchema, figureSchema, idSchema, textListSchema, textSchema } from "./primitives";
import { matchSchema } from "./match-schema";
import { districtTargetsSchema, targetSpecSchema, yearTargetsSchema } from "./target-schema";

/** The grade a category needs: that grade or better (1 is best; micro is below 3; any = any certificate). */
export const requiredGradeSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal("micro"), z.literal("any")], {
  error: "profile.expected.requiredGrade",
});

/**
 * A campaign population (底数类别). rate says which rate the campaign reports for it: creation
 * (attained + applying) / base or attainment attained / base. declaredBase is the base the notice's
 * text declares; bases keeps every figure given for it with its source, conflicting ones included.
 * match defaults to [{ labels: [name, ...aliases] }]. goal is the campaign-end target (总体目标).
 * gradeCount says whether a certificate above the required grade counts ("or-better", the default:
 * 二级以上) or only the grade itself ("exact": 二级 alone, when the notice counts each grade apart).
 */
export const categorySchema = z.strictObject({
  id: idSchema,
  name: textSchema,
  aliases: textListSchema.optional(),
  requiredGrade: requiredGradeSchema,
  gradeCount: z.enum(["exact", "or-better"], { error: "profile.expected.gradeCount" }).optional(),
  rate: z.enum(["creation", "attainment"], { error: "profile.expected.rateKind" }),
  declaredBase: countSchema.optional(),
  bases: z.array(figureSchema).optional(),
  match: matchSchema.optional(),
  /** Rows that leave the base although they match (暂不具备创建条件 enterprises "除外"). */
  exclude: matchSchema.optional(),
  targets: yearTargetsSchema.optional(),
  districtTargets: districtTargetsSchema.optional(),
  goal: targetSpecSchema.optional(),
  phase: idSchema.optional(),
  quote: textSchema.optional(),
  note: textSchema.optional(),
});

/** A campaign population with its required grade, reported rate, bases, membership and targets. */
export type Category = z.infer<typeof categorySchema>;

/**
 * A count of roster rows that meet a condition (renewals, benchmark enterprises, de-listings…),
 * optionally only within one category, with targets of its own (counts, or shares of other counts).
 * datedBy names the date field that says when the counted thing happened (an audit, an upgrade): a
 * record whose date is after the as-of date has not done it yet and does not count.
 */
export const indicatorSchema = z.strictObject({
  id: idSchema,
  name: textSchema,
  within: idSchema.optional(),
  match: matchSchema,
  datedBy: idSchema.optional(),
  targets: yearTargetsSchema.optional(),
  districtTargets: districtTargetsSchema.optional(),
  quote: textSchema.optional(),
  note: textSchema.optional(),
});

/** A counted activity with its own targets (Changshu's renewals, Quanzhou's benchmark enterprises). */
export type Indicator = z.infer<typeof indicatorSchema>;
