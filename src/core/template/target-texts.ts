import { t } from "../i18n/translate";
import type { Profile } from "../profile/schema";
import { targetsFor } from "../profile/targets";

const OP: Record<string, string> = { ">=": "≥", ">": ">", "=": "=" };

function percent(value: number): string {
  return `${Math.round(value * 1000) / 10}%`;
}

/** The year's targets of the given categories for a district, one line each ("“亿元”以上企业：创建率≥100%"). */
export function targetLines(profile: Profile, categoryIds: readonly string[], year: number, district: string): string[] {
  return categoryIds.map((id) => {
    const category = profile.categories.find((c) => c.id === id);
    const name = category?.name ?? id;
    const target = targetsFor(profile, id, year, district)[0];
    if (!target) return t("template.targets.none", { category: name });
    const op = OP[target.op] ?? "≥";
    if (target.kind === "count") return t("template.targets.count", { category: name, basis: t("template.basis.count"), op, value: target.value });
    const basis = t(category?.rate === "creation" ? "template.basis.creation" : "template.basis.attainment");
    return t("template.targets.rate", { category: name, basis, op, value: percent(target.value) });
  });
}
