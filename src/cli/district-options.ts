import { UserError } from "../core/errors";
import type { Profile } from "../core/profile/schema";

/** The reporting year: --year when given, else this year kept within the campaign's period. */
export function campaignYear(profile: Profile, year: string | undefined, now: Date = new Date()): number {
  if (year !== undefined) {
    if (!/^\d{4}$/.test(year)) throw new UserError("cli.badYear", { value: year });
    return Number(year);
  }
  return Math.min(profile.period.to, Math.max(profile.period.from, now.getUTCFullYear()));
}

/** The names of a --districts list ("甲,乙、丙"), empty when not given. */
export function districtList(text: string | undefined): string[] {
  return (text ?? "").split(/[,，、]/).map((s) => s.trim()).filter((s) => s !== "");
}
