import { z } from "zod";
import { idSchema, textListSchema, textSchema, yearSchema } from "./primitives";

/**
 * What fills a column: label (the row's name), index (序号), text (fixed cells of explicit rows),
 * base/attained/applying counts, creationRate/attainmentRate, target/actual/actualRate/gap of a
 * target, denominator (what an indicator's share divides by, so its actualRate can be a live
 * formula), phase and deadline of a phase plan.
 */
export const metricSchema = z.enum(
  ["label", "index", "text", "base", "attained", "applying", "creationRate", "attainmentRate", "target", "actual", "actualRate", "denominator", "gap", "phase", "deadline", "overdue"],
  { error: "profile.expected.metric" },
);

/** What fills a column of an attachment. */
export type Metric = z.infer<typeof metricSchema>;

/**
 * A header cell. Groups have children; leaves have a metric. text may hold "{year}", filled with the
 * reporting year (the layout's year reproduces the published header). category/indicator bind the
 * group or leaf; year pins a leaf to one year's target; columns > 1 spans label columns; added marks
 * a column the official table does not have (actuals beside targets), ignored when recognising it.
 * countsOf names the category whose count columns a rate leaf is computed from, when two categories
 * are one population with different rates (Nantong's 小微 coverage and attainment).
 */
export const headerNodeSchema = z.strictObject({
  text: textSchema,
  category: idSchema.optional(),
  indicator: idSchema.optional(),
  metric: metricSchema.optional(),
  year: yearSchema.optional(),
  columns: z.number().int().min(1, { error: "profile.expected.count" }).optional(),
  added: z.literal(true).optional(),
  countsOf: idSchema.optional(),
  get children() {
    return z.array(headerNodeSchema).min(1, { error: "profile.expected.nonEmpty" }).optional();
  },
});

/** A header cell of an attachment: a group with children or a leaf bound to a metric. */
export type HeaderNode = z.infer<typeof headerNodeSchema>;

/**
 * A fixed row: its label (and group label), the category/indicator it reports, which of that year's
 * targets, fixed cells. A row standing for sectors (Quanzhou's 行业(领域)) lists the roster spellings
 * that mean it (`sectors`, contained in the roster's 行业 text; the longest one held wins between rows)
 * and the spellings that leave it although they contain one (`excludeSectors`: 运输 for 危险化学品).
 */
export const explicitRowSchema = z.strictObject({
  label: textSchema.optional(),
  group: textSchema.optional(),
  category: idSchema.optional(),
  indicator: idSchema.optional(),
  target: z.number().int().min(0).optional(),
  sectors: textListSchema.optional(),
  excludeSectors: textListSchema.optional(),
  cells: z.array(z.string()).optional(),
});

/** A fixed row of an attachment. */
export type ExplicitRow = z.infer<typeof explicitRowSchema>;

/** One numbered (or continuation, no: null) item of a form group. */
export const formItemSchema = z.strictObject({ no: z.number().int().min(1).nullable(), text: textSchema });

/** Where an attachment's rows come from: the profile's districts in order, its categories, fixed rows, or a form's grouped items. */
export const attachmentRowsSchema = z.discriminatedUnion(
  "source",
  [
    z.strictObject({ source: z.literal("districts") }),
    z.strictObject({ source: z.literal("categories"), categories: z.array(idSchema).optional() }),
    z.strictObject({ source: z.literal("explicit"), rows: z.array(explicitRowSchema).min(1, { error: "profile.expected.nonEmpty" }) }),
    z.strictObject({
      source: z.literal("form"),
      groups: z.array(z.strictObject({ label: textSchema, items: z.array(formItemSchema).min(1) })).min(1),
    }),
  ],
  { error: "profile.expected.rows" },
);

/** Where an attachment's rows come from. */
export type AttachmentRows = z.infer<typeof attachmentRowsSchema>;

/** Figures of a table as the notice prints them, row by row (cells as printed text: "100.0%", "/"). */
export const publishedSchema = z.strictObject({
  rows: z.array(z.strictObject({ label: textSchema, cells: z.array(z.string()) })),
  note: textSchema.optional(),
});

/**
 * An official table the profile reproduces: label (附件1), title, the header tree, where rows come
 * from, an optional totals row, number formats by metric, the not-applicable mark, and optionally
 * the figures the notice printed in it, its own note under the table, and whether it is the notice's table at all.
 */
export const attachmentLayoutSchema = z.strictObject({
  id: idSchema,
  label: textSchema,
  title: textSchema,
  kind: z.enum(["district-table", "target-table", "task-allocation", "sector-table", "form", "phase-table"], { error: "profile.expected.attachmentKind" }),
  year: yearSchema.optional(),
  formFields: textListSchema.optional(),
  headerRows: z.array(headerNodeSchema).min(1, { error: "profile.expected.nonEmpty" }),
  rows: attachmentRowsSchema,
  /** The 合计 row; added: the official table prints none (a note under the table says so). */
  totalsRow: z.strictObject({ label: textSchema, notApplicable: z.string().optional(), added: z.literal(true).optional() }).optional(),
  numberFormats: z.partialRecord(metricSchema, z.string()).optional(),
  notApplicable: z.string().default("/"),
  published: publishedSchema.optional(),
  /** The notice's own note under its table (注：1、…), printed under the generated one word for word. */
  footnote: textSchema.optional(),
  /** false when the notice prints no such table and the layout gathers its text (沁阳 阶段目标, 常熟 目标). */
  official: z.literal(false).optional(),
  note: textSchema.optional(),
});

/** An official table layout (附件) the profile reproduces. */
export type AttachmentLayout = z.infer<typeof attachmentLayoutSchema>;
