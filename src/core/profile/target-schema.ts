import { z } from "zod";
import { countSchema, idSchema, isoDateSchema, rateSchema, textSchema, yearKeySchema } from "./primitives";

/**
 * A target written out: exactly one of rate or count. Rates are shares of the category's base unless
 * `of` names other categories or indicators (their counts are added up); counts are cumulative unless
 * basis is "new" (enterprises newly reaching it that year); per applies a count to each district or
 * each sector separately; by is the deadline where the notice gives one.
 */
export const targetSpecSchema = z
  .strictObject({
    rate: rateSchema.optional(),
    count: countSchema.optional(),
    op: z.enum([">=", ">", "="], { error: "profile.expected.op" }).optional(),
    of: z.array(idSchema).min(1, { error: "profile.expected.nonEmpty" }).optional(),
    basis: z.enum(["cumulative", "new"], { error: "profile.expected.basis" }).optional(),
    per: z.enum(["district", "sector"], { error: "profile.expected.per" }).optional(),
    by: isoDateSchema.optional(),
    source: textSchema.optional(),
    quote: textSchema.optional(),
    note: textSchema.optional(),
  })
  .refine((t) => (t.rate === undefined) !== (t.count === undefined), { error: "profile.expected.rateOrCount" });

/** A target as written in a profile (see targetValueSchema). */
export type TargetSpec = z.infer<typeof targetSpecSchema>;

/**
 * One period's target: a bare rate (0.8 for 80%), "/" (the earlier year's target stands), or a
 * written-out target. A list holds several targets for the same period (a count and a rate).
 */
export const targetValueSchema = z.union([z.literal("/"), rateSchema, targetSpecSchema], {
  error: (issue) => (typeof issue.input === "number" ? "profile.expected.rate" : "profile.expected.target"),
});

/** One period's target as written in a profile. */
export type TargetValue = z.infer<typeof targetValueSchema>;

/** A period's entry: one target value or several. */
export const targetEntrySchema = z.union([targetValueSchema, z.array(targetValueSchema).min(1, { error: "profile.expected.nonEmpty" })], {
  error: (issue) => (typeof issue.input === "number" ? "profile.expected.rate" : "profile.expected.target"),
});

/** A period's entry as written: one target value or several. */
export type TargetEntry = z.infer<typeof targetEntrySchema>;

/** Targets by year: { "2022": 0.8, "2023": 1, "2024": "/" }. */
export const yearTargetsSchema = z.record(yearKeySchema, targetEntrySchema, {
  error: (issue) => (issue.code === "invalid_key" ? "profile.expected.yearKey" : "profile.expected.yearTargets"),
});

/** Targets by year as written in a profile. */
export type YearTargets = z.infer<typeof yearTargetsSchema>;

/** Targets by district id, then by year (Nantong's task allocation). */
export const districtTargetsSchema = z.record(idSchema, yearTargetsSchema, { error: "profile.expected.districtTargets" });
