import { parseProfile, listIssues } from "../parse";
import type { Profile } from "../schema";
import suzhou2022 from "./suzhou-2022.json";
import qinyang2024 from "./qinyang-2024.json";
import nantong2018 from "./nantong-2018.json";
import changshu2019 from "./changshu-2019.json";
import quanzhou2021 from "./quanzhou-2021.json";

function validated(json: unknown): Profile {
  const result = parseProfile(json, "en");
  // A built-in that fails its own schema is a bug in this repository, not user input.
  if (!result.ok) throw new Error(`built-in profile ${(json as { id?: string }).id} is invalid: ${listIssues(result.issues)}`);
  return result.profile;
}

/** The built-in campaign profiles, one per seed notice, validated when first loaded. */
export const builtinProfiles: Profile[] = [suzhou2022, qinyang2024, nantong2018, changshu2019, quanzhou2021].map(validated);

/** Ids of the built-in profiles, in listing order. */
export const builtinProfileIds: string[] = builtinProfiles.map((p) => p.id);

/** The built-in profile with this id, or undefined. */
export function findBuiltinProfile(id: string): Profile | undefined {
  return builtinProfiles.find((p) => p.id === id);
}
