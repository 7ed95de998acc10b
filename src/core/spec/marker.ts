import type { GeneratedMarker } from "./spec";

const PREFIX = "anbiao.gen.";

/**
 * The workbook-level defined name that marks a generated sheet: it refers to the sheet's A1, so
 * it follows the sheet when the user renames it, and a sheet without one is never the add-in's.
 */
export function markerName(marker: GeneratedMarker): string {
  const safe = (s: string) => s.replace(/[^A-Za-z0-9_]/g, "_");
  return `${PREFIX}${safe(marker.profile ?? "any")}.${safe(marker.key)}`;
}

/** True when a defined name is one of the add-in's sheet markers. */
export function isMarkerName(name: string): boolean {
  return name.startsWith(PREFIX);
}

/**
 * True when a marker names a sheet that lists enterprises the engine already counted (明细, 到期提醒,
 * 工作清单, 校验结果, 报送情况): it looks like a roster, and reading it as one would count every
 * enterprise again. A district template (template-*) is a roster to read: districts fill it in.
 */
export function isEnterpriseListing(marker: string): boolean {
  if (!isMarkerName(marker)) return false;
  const key = marker.slice(PREFIX.length).split(".")[1] ?? "";
  return /^(details|renewals|worklist|findings|submissions)/.test(key);
}
