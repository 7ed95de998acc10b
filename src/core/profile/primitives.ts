import { z } from "zod";
import { isIsoDate } from "../calendar/iso-date";

// Each schema carries a catalog key as its error, so parseProfile can say what was expected in the
// reader's language instead of zod's generic English.

/** An ascii kebab-case identifier: "billion-yuan", "phase-1". */
export const idSchema = z.string({ error: "profile.expected.id" }).regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: "profile.expected.id" });

/** Non-empty human text (names, titles, quotes). */
export const textSchema = z.string({ error: "profile.expected.text" }).trim().min(1, { error: "profile.expected.text" });

/** A share between 0 and 1: 80% is written 0.8. */
export const rateSchema = z
  .number({ error: "profile.expected.rate" })
  .min(0, { error: "profile.expected.rate" })
  .max(1, { error: "profile.expected.rate" });

/** A whole number of enterprises (or other units), zero or more. */
export const countSchema = z.number({ error: "profile.expected.count" }).int({ error: "profile.expected.count" }).min(0, { error: "profile.expected.count" });

/** A calendar year such as 2022. */
export const yearSchema = z.number({ error: "profile.expected.year" }).int({ error: "profile.expected.year" }).min(1990, { error: "profile.expected.year" }).max(2100, { error: "profile.expected.year" });

/** A year as an object key: "2022". */
export const yearKeySchema = z.string().regex(/^(19|20|21)\d{2}$/, { error: "profile.expected.yearKey" });

/** A calendar date "YYYY-MM-DD" that exists. */
export const isoDateSchema = z
  .string({ error: "profile.expected.date" })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "profile.expected.date" })
  .refine(isIsoDate, { error: "profile.expected.date" });

/** A day of every year "MM-DD" (yearly deadlines such as 05-31). */
export const monthDaySchema = z
  .string({ error: "profile.expected.monthDay" })
  .regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { error: "profile.expected.monthDay" });

/** A list of non-empty texts. */
export const textListSchema = z.array(textSchema, { error: "profile.expected.textList" });

/**
 * A figure as the notice states it, with where it states it. source is "text" for the body of the
 * notice, or the table and place ("附件1 合计"); parts keep sums the text spells out (81+44).
 */
export const figureSchema = z.strictObject({
  value: z.number({ error: "profile.expected.number" }),
  source: textSchema,
  quote: textSchema.optional(),
  parts: z.array(z.number({ error: "profile.expected.number" })).optional(),
  note: textSchema.optional(),
});

/** A figure with its source (see figureSchema). */
export type Figure = z.infer<typeof figureSchema>;
