import { isIsoDate, isoToday, yearOf } from "../../core/calendar/iso-date";
import { UserError } from "../../core/errors";
import type { Profile } from "../../core/profile/schema";
import type { Lang } from "../../core/i18n/lang";

/** The clerk's campaign choice as typed: a profile, the year and the as-of date (text, as the inputs hold them). */
export interface CampaignInput {
  profile: Profile;
  year: string;
  asOf: string;
}

/** A campaign choice checked and ready for the engine. */
export interface Campaign {
  profile: Profile;
  year: number;
  asOf: string;
}

/** The CLI's defaults: as-of today, the year of the as-of date. */
export function defaultPeriod(now: Date = new Date()): { year: string; asOf: string } {
  const asOf = isoToday(now);
  return { asOf, year: String(yearOf(asOf)) };
}

/** Validates the typed year and as-of date; a bad value is a UserError whose message says what to type. */
export function campaignOf(input: CampaignInput): Campaign {
  if (!isIsoDate(input.asOf)) throw new UserError("pane.campaign.badAsOf");
  if (!/^\d{4}$/.test(input.year.trim())) throw new UserError("pane.campaign.badYear");
  return { profile: input.profile, year: Number(input.year.trim()), asOf: input.asOf };
}

/**
 * Reads a user's profile file (its text), validated like the CLI's --profile file.json. The
 * validator (zod) is loaded only then: most clerks use a built-in and never pay for it.
 */
export async function profileFromText(text: string, file: string, lang: Lang): Promise<Profile> {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (err) {
    throw new UserError("pane.campaign.profileNotJson", { file, detail: (err as Error).message });
  }
  const { parseProfile, listIssues } = await import("../../core/profile/parse");
  const result = parseProfile(json, lang);
  if (!result.ok) throw new UserError("pane.campaign.profileInvalid", { file, details: listIssues(result.issues) });
  return result.profile;
}
