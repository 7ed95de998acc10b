import { labelKey } from "../normalize/text";
import { labelMatches } from "../profile/label-match";
import type { Profile } from "../profile/schema";
import { headerDistance } from "./header-match";

/** A category or indicator of the profile that a header names. */
export interface Binding {
  key: string;
  kind: "category" | "indicator";
}

/**
 * The category (or indicator) a header text names through the profile's names and aliases: a
 * label the text contains (not after 非/不/无) or one within a small wording difference; the
 * longest label wins, so "非工贸重点领域规上企业" beats "工贸重点领域规上企业".
 */
export function bindingByText(profile: Profile, text: string): Binding | null {
  let best: { binding: Binding; length: number } | null = null;
  const owners: { id: string; kind: Binding["kind"]; labels: string[] }[] = [
    ...profile.categories.map((c) => ({ id: c.id, kind: "category" as const, labels: [c.name, ...(c.aliases ?? [])] })),
    ...(profile.indicators ?? []).map((i) => ({ id: i.id, kind: "indicator" as const, labels: [i.name] })),
  ];
  for (const owner of owners) {
    for (const label of owner.labels) {
      if (!labelMatches(text, label) && headerDistance(text, label) === null) continue;
      const length = labelKey(label).length;
      if (best === null || length > best.length) best = { binding: { key: owner.id, kind: owner.kind }, length };
    }
  }
  return best?.binding ?? null;
}

/** The official name of a category or indicator. */
export function bindingName(profile: Profile, binding: Binding): string {
  const owner = binding.kind === "category" ? profile.categories.find((c) => c.id === binding.key) : profile.indicators?.find((i) => i.id === binding.key);
  return owner?.name ?? binding.key;
}
