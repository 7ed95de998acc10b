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
