import { z } from "zod";
import { isoDateSchema, textListSchema } from "./primitives";

/** A grade as a profile names it: 1 (best), 2, 3, or the small/micro track. */
export const gradeSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal("micro")], { error: "profile.expected.grade" });

const statusSchema = z.enum(["attained", "applying", "creating", "none", "closed", "suspended", "deregistered", "transferred", "excused"], {
  error: "profile.expected.status",
});

/**
 * A condition on one roster field: a profile-declared extra (rosterFields id) or a canonical field
 * (issueDate, expiryDate, sector…). equals compares values (text by labelKey); from/to bound dates
 * or years (inclusive); empty: true asks for the field to be blank; with none, it must be true or non-empty.
 */
export const fieldConditionSchema = z.strictObject({
  id: z.string({ error: "profile.expected.text" }).min(1, { error: "profile.expected.text" }),
  equals: z.union([z.string(), z.number(), z.boolean()], { error: "profile.expected.scalar" }).optional(),
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
  empty: z.literal(true, { error: "profile.expected.true" }).optional(),
});

/** A condition on one roster field (see fieldConditionSchema). */
export type FieldCondition = z.infer<typeof fieldConditionSchema>;

/**
 * One way a roster row belongs: every condition given must hold. labels are matched against the
 * category column's values and the headers of yes/no columns that are true; sectors and scales
 * against the row's sector and scale text (containment, so "机械" matches "机械制造"); sizes against
 * its size class (大型/中型/小型/微型, from a 企业规模 column or scale text such as 规上小型).
 * valid (for indicators) asks for a certificate valid on the as-of date (三级达标 holders, not former ones).
 */
export const matchClauseSchema = z
  .strictObject({
    labels: textListSchema.optional(),
    sectors: textListSchema.optional(),
    scales: textListSchema.optional(),
    sizes: textListSchema.optional(),
    grades: z.array(gradeSchema).optional(),
    statuses: z.array(statusSchema).optional(),
    fields: z.array(fieldConditionSchema).optional(),
    valid: z.literal(true, { error: "profile.expected.true" }).optional(),
    all: z.literal(true, { error: "profile.expected.true" }).optional(),
  })
  .refine((c) => Object.values(c).some((v) => v !== undefined && (!Array.isArray(v) || v.length > 0)), {
    error: "profile.expected.clause",
  });

/** One way a roster row belongs to a category or indicator: all its conditions hold. */
export type MatchClause = z.infer<typeof matchClauseSchema>;

/** Membership: a row belongs when any clause holds. */
export const matchSchema = z.array(matchClauseSchema).min(1, { error: "profile.expected.nonEmpty" });

