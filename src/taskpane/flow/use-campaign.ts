import { useState } from "react";
import { builtinProfiles } from "../../core/profile/builtin";
import type { Profile } from "../../core/profile/schema";
import { defaultPeriod } from "./campaign";

/** The clerk's campaign choice as the inputs hold it: profile (built-in or from a file), year and as-of date. */
export interface CampaignChoice {
  profiles: Profile[];
  profileId: string;
  profile: Profile;
  year: string;
  asOf: string;
  setProfileId(id: string): void;
  /** Adds a user's profile (replacing one of the same id) and picks it. */
  addProfile(p: Profile): void;
  setYear(v: string): void;
  setAsOf(v: string): void;
}

/** 方案: the built-ins first, the CLI's defaults for year and as-of date. */
export function useCampaign(now: Date): CampaignChoice {
  const [profiles, setProfiles] = useState<Profile[]>(builtinProfiles);
  const [profileId, setProfileId] = useState(builtinProfiles[0].id);
  const [period] = useState(() => defaultPeriod(now));
  const [year, setYear] = useState(period.year);
  const [asOf, setAsOf] = useState(period.asOf);
  return {
    profiles,
    profileId,
    profile: profiles.find((p) => p.id === profileId) ?? profiles[0],
    year,
    asOf,
    setProfileId,
    addProfile: (p) => {
      setProfiles((list) => list.filter((x) => x.id !== p.id).concat(p));
      setProfileId(p.id);
    },
    setYear,
    setAsOf,
  };
}
