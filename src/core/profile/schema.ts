import { PROFILE_LIMITS } from "./limits";
import { z } from "zod";
import { attachmentLayoutSchema } from "./attachment-schema";
import { categorySchema, indicatorSchema } from "./category-schema";
import { districtsSchema, districtSchema } from "./district-schema";
import { matchSchema } from "./match-schema";
import { figureSchema, idSchema, isoDateSchema, monthDaySchema, textListSchema, textSchema, yearSchema } from "./primitives";

export type { AttachmentLayout, AttachmentRows, ExplicitRow, HeaderNode, Metric } from "./attachment-schema";
export type { Category, Indicator } from "./category-schema";
export type { District, Districts } from "./district-schema";
export type { FieldCondition, MatchClause } from "./match-schema";
export type { Figure } from "./primitives";
export type { TargetEntry, TargetSpec, TargetValue, YearTargets } from "./target-schema";

/** An extra roster column the profile needs (renewal date, benchmark flag…): header synonyms and value kind; read into record.extras[id]. */
export const rosterFieldSchema = z.strictObject({
  id: idSchema,
  name: textSchema.optional(),
  headers: textListSchema.min(1, { error: "profile.expected.nonEmpty" }),
  kind: z.enum(["flag", "date", "text", "number", "year"], { error: "profile.expected.fieldKind" }),
});

/** An extra roster column the profile declares. */
export type RosterField = z.infer<typeof rosterFieldSchema>;

/**
 * A sector the campaign names (key sectors for per-sector targets), with the roster spellings that
 * mean it (contained in the roster's text) and those that do not although they contain one
 * (exclude: 危险化学品运输 is 道路运输, not 危险化学品).
 */
export const sectorSchema = z.strictObject({ id: idSchema, name: textSchema, aliases: textListSchema.optional(), exclude: textListSchema.optional() });

/** A sector the campaign names. */
export type Sector = z.infer<typeof sectorSchema>;

/** A phase of a phased plan: dates, the categories due in it, the notice's words. */
export const phaseSchema = z.strictObject({
  id: idSchema,
  name: textSchema,
  from: isoDateSchema,
  to: isoDateSchema,
  categories: z.array(idSchema).min(1, { error: "profile.expected.nonEmpty" }),
  quote: textSchema.optional(),
});

/** A phase of a phased plan. */
export type Phase = z.infer<typeof phaseSchema>;

/**
 * A dated duty: once (date) or every year (yearly "MM-DD"). check makes rows answer for it: by
 * "application" every enterprise planned for the year must have applied (its `field` date, or an
 * applying status without one); by "completion" it must be attained. Past the day, a row that has
 * not is a finding.
 */
export const deadlineSchema = z
  .strictObject({
    id: idSchema,
    what: textSchema,
    date: isoDateSchema.optional(),
    yearly: monthDaySchema.optional(),
    check: z.enum(["application", "completion"], { error: "profile.expected.deadlineCheck" }).optional(),
    field: idSchema.optional(),
    quote: textSchema.optional(),
  })
  .refine((d) => (d.date === undefined) !== (d.yearly === undefined), { error: "profile.expected.dateOrYearly" });

/** A dated duty of the campaign. */
export type Deadline = z.infer<typeof deadlineSchema>;

/** A number the notice declares that is neither a base nor a target (e.g. 2500 enterprises to re-review). */
export const declaredFigureSchema = figureSchema.extend({ id: idSchema, what: textSchema });

/** A number the notice declares, with its source. */
export type DeclaredFigure = z.infer<typeof declaredFigureSchema>;

/** A place where the notice disagrees with itself: every figure with its source, and what it concerns. */
export const discrepancySchema = z.strictObject({
  id: idSchema,
  what: textSchema,
  category: idSchema.optional(),
  attachment: idSchema.optional(),
  figures: z.array(figureSchema).optional(),
  note: textSchema.optional(),
});

/** A place where the notice disagrees with itself. */
export type Discrepancy = z.infer<typeof discrepancySchema>;

/** The notice a profile encodes: title, issuer, document number, date, status (draft). */
export const identityFields = {
  id: idSchema,
  title: textSchema,
  issuer: textSchema,
  documentNumber: textSchema.nullable().optional(),
  date: isoDateSchema.nullable().optional(),
  status: z.enum(["issued", "draft"], { error: "profile.expected.status" }).optional(),
  period: z.strictObject({ from: yearSchema, to: yearSchema }).refine((p) => p.from <= p.to, { error: "profile.expected.period" }),
};

/**
 * A campaign profile: everything the engine knows about one campaign. One JSON file; validated with
 * parseProfile. Built-ins live in builtin/ (one per seed notice); users add their own the same way.
 */
export const profileSchema = z.strictObject({
  $schema: z.string().optional(),
  ...identityFields,
  districts: districtsSchema,
  sectors: z.array(sectorSchema).optional(),
  rosterFields: z.array(rosterFieldSchema).optional(),
  categories: z.array(categorySchema).min(1, { error: "profile.expected.nonEmpty" }).max(PROFILE_LIMITS.categories, { error: "profile.expected.fewerItems" }),
  indicators: z.array(indicatorSchema).max(PROFILE_LIMITS.categories, { error: "profile.expected.fewerItems" }).optional(),
  /** Rows whose certificate no longer counts though its dates are valid (摘牌): never attained. */
  revoked: matchSchema.optional(),
  phases: z.array(phaseSchema).optional(),
  deadlines: z.array(deadlineSchema).optional(),
  attachments: z.array(attachmentLayoutSchema).optional(),
  figures: z.array(declaredFigureSchema).optional(),
  discrepancies: z.array(discrepancySchema).optional(),
  notes: textListSchema.optional(),
});

/** A validated campaign profile. */
export type Profile = z.infer<typeof profileSchema>;

/** The profile as a JSON file may write it (defaults not yet applied). */
export type ProfileInput = z.input<typeof profileSchema>;

export { districtSchema };
