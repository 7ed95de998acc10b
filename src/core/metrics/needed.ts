import type { Target } from "../profile/targets";

/** Absorbs float noise such as 0.8 × 275 = 220.00000000000003 before rounding. */
const EPSILON = 1e-9;

/**
 * Enterprises a target asks for: the count itself (one more for ">", as in 突破26家), or
 * ⌈rate × base⌉ (⌊rate × base⌋ + 1 for ">").
 */
export function neededFor(target: Pick<Target, "kind" | "value" | "op">, base: number): number {
  const exact = target.kind === "count" ? target.value : target.value * base;
  return target.op === ">" ? Math.floor(exact + EPSILON) + 1 : Math.ceil(exact - EPSILON);
}
