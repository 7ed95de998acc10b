import type { SheetSpec } from "./spec";
import { markerName } from "./marker";

/** A sheet already in the workbook: its name and, when the add-in made it, its marker name. */
export interface ExistingSheet {
  name: string;
  marker?: string;
}

/** Where each spec goes: the sheet it replaces (one the add-in made earlier) and the name it takes. */
export interface SheetPlacement {
  spec: SheetSpec;
  /** Name of the earlier generated sheet to remove first, if any. */
  replaces?: string;
  /** The name the new sheet gets (the spec's, or with a suffix when a user's sheet holds it). */
  name: string;
}

const MAX_SHEET_NAME = 31;

function withSuffix(name: string, n: number): string {
  const suffix = `(${n})`;
  return name.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
}

/**
 * Decides where generated sheets go without ever touching a user's sheet: an earlier generated
 * sheet with the same marker is replaced; a user's sheet with the wanted name makes the new one
 * take a suffix ("附件1(2)").
 */
export function placeSheets(existing: readonly ExistingSheet[], specs: readonly SheetSpec[]): SheetPlacement[] {
  const byMarker = new Map(existing.filter((s) => s.marker).map((s) => [s.marker as string, s.name]));
  const replaced = new Set<string>();
  const placements: SheetPlacement[] = specs.map((spec) => {
    const old = byMarker.get(markerName(spec.marker));
    if (old !== undefined) replaced.add(old.toLowerCase());
    return { spec, replaces: old, name: spec.name };
  });
  const taken = new Set(existing.map((s) => s.name.toLowerCase()).filter((n) => !replaced.has(n)));
  for (const p of placements) {
    let name = p.spec.name.slice(0, MAX_SHEET_NAME);
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = withSuffix(p.spec.name, n);
    taken.add(name.toLowerCase());
    p.name = name;
  }
  return placements;
}
