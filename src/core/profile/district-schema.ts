import { z } from "zod";
import { idSchema, textListSchema, textSchema } from "./primitives";
import { PROFILE_LIMITS } from "./limits";

/** A reporting unit (县级市/区, 板块, 乡镇): official name as the notice writes it, and the aliases rosters use. */
export const districtSchema = z.strictObject({
  id: idSchema,
  name: textSchema,
  aliases: textListSchema.default([]),
});

/** A reporting unit of a campaign: id, official name, aliases. */
export type District = z.infer<typeof districtSchema>;

/**
 * The campaign's reporting units: "listed" in the notice's official order, or "open" where the notice
 * names none (the roster's own values are then the districts, in first-seen order). label is the
 * word the notice uses for them (地区, 板块, 乡镇街道); named keeps units an open notice mentions.
 */
export const districtsSchema = z.discriminatedUnion(
  "mode",
  [
    z.strictObject({ mode: z.literal("listed"), label: textSchema, units: z.array(districtSchema).min(1, { error: "profile.expected.nonEmpty" }).max(PROFILE_LIMITS.districts, { error: "profile.expected.fewerItems" }) }),
    z.strictObject({ mode: z.literal("open"), label: textSchema, named: z.array(districtSchema).max(PROFILE_LIMITS.districts, { error: "profile.expected.fewerItems" }).optional(), note: textSchema.optional() }),
  ],
  { error: "profile.expected.districts" },
);

/** The campaign's reporting units (listed or open). */
export type Districts = z.infer<typeof districtsSchema>;
