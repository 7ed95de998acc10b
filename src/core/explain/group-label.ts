import type { Lang } from "../i18n/lang";
import { t } from "../i18n/translate";
import { sectorRowKeys, sectorTables } from "../metrics/sector-rows";
import type { Profile } from "../profile/schema";
import type { GroupFigure, GroupPart } from "../spec/spec";

function countedName(part: GroupPart, profile: Profile): string {
  if ("indicator" in part) return profile.indicators?.find((i) => i.id === part.indicator)?.name ?? part.indicator;
  return profile.categories.find((c) => c.id === part.category)?.name ?? part.category;
}

/**
 * Where a part's enterprises stand, as 明细's category column names them: a 附件2 row by its 序号 and
 * 行业(领域) (the same for the row's 标杆, total and 提升, so they share rows), a profile sector as
 * "count（sector）", else the category or indicator counted.
 */
export function placeLabel(part: GroupPart, profile: Profile, lang: Lang): string {
  const s = part.sector;
  if (s && "table" in s) {
    const table = sectorTables(profile).find((x) => x.layout.id === s.table);
    const name = table ? sectorRowKeys(table).keys[s.row - 1]?.name : undefined;
    return t("figure.group.sectorRow", { no: s.row, name: name ?? String(s.row) }, lang);
  }
  if (s) return t("figure.group.sector", { counted: countedName(part, profile), sector: profile.sectors?.find((x) => x.id === s.sector)?.name ?? s.sector }, lang);
  return countedName(part, profile);
}

/** A part as a figure's title names it: its place, and on a 附件2 row what was counted there. */
function partTitle(part: GroupPart, profile: Profile, lang: Lang): string {
  const place = placeLabel(part, profile, lang);
  const measure = "measure" in part && part.measure !== "base" ? t(`explain.measure.${part.measure}`, {}, lang) : null;
  const named = part.sector && "table" in part.sector ? `${place} · ${countedName(part, profile)}` : place;
  return measure ? `${named} · ${measure}` : named;
}

/** The stage whose categories the parts are, all of one measure and unnarrowed (分乡镇阶段目标's figures), if any. */
function stageOf(figure: GroupFigure, profile: Profile): { name: string; measure: string } | null {
  const first = figure.parts[0];
  if (!first || !("measure" in first) || figure.parts.some((p) => p.sector !== undefined || !("measure" in p) || p.measure !== first.measure)) return null;
  const ids = figure.parts.map((p) => ("category" in p ? p.category : "")).join("\u0001");
  const phase = (profile.phases ?? []).find((ph) => ph.categories.filter((id) => profile.categories.some((c) => c.id === id)).join("\u0001") === ids);
  return phase ? { name: phase.name, measure: first.measure } : null;
}

/**
 * A group figure's title for lists (explain, the pane): a stage's name and measure when the parts are
 * its categories, else its parts, or the first and how many when there are more than three.
 */
export function groupTitle(figure: GroupFigure, profile: Profile, lang: Lang): string {
  const stage = stageOf(figure, profile);
  if (stage) return `${stage.name} · ${t(`explain.measure.${stage.measure}`, {}, lang)}`;
  const titles = figure.parts.map((p) => partTitle(p, profile, lang));
  if (titles.length <= 3) return titles.join(t("figure.group.plus", {}, lang));
  return t("figure.group.many", { first: titles[0], count: titles.length }, lang);
}
