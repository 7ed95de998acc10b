import type { Profile } from "../schema";
import suzhou2022 from "./suzhou-2022.json";
import qinyang2024 from "./qinyang-2024.json";
import nantong2018 from "./nantong-2018.json";
import changshu2019 from "./changshu-2019.json";
import quanzhou2021 from "./quanzhou-2021.json";

/**
 * The built-in campaign profiles, one per seed notice. They are validated when the repository is
 * tested (test/core/profile/builtin.test.ts: each parses without issues, and validation returns it
 * unchanged), not on every run: loading the schema library and validating five profiles was a fifth
 * of a 10,000-row check.
 */
export const builtinProfiles: Profile[] = [suzhou2022, qinyang2024, nantong2018, changshu2019, quanzhou2021] as unknown as Profile[];

/** Ids of the built-in profiles, in listing order. */
export const builtinProfileIds: string[] = builtinProfiles.map((p) => p.id);

/** The built-in profile with this id, or undefined. */
export function findBuiltinProfile(id: string): Profile | undefined {
  return builtinProfiles.find((p) => p.id === id);
}
