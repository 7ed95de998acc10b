import type { Target } from "../profile/targets";

/** Whether a figure meets a target and how many enterprises are still needed. */
export interface Compliance {
  met: boolean | null;
  gap: number | null;
}

const UNKNOWN: Compliance = { met: null, gap: null };

/**
 * Compliance with a rate target: met when rate ≥ target (> for a strict target); the gap is
 * ceil(target × base) − counted enterprises (floor + 1 for a strict target), never below 0; unknown
 * without a rate, and the gap unknown without a base.
 */
export function rateCompliance(target: Target, rate: number | null, base: number | null, counted: number | null): Compliance {
  if (rate === null) return UNKNOWN;
  const met = target.op === ">" ? rate > target.value + 1e-12 : rate >= target.value - 1e-12;
  if (base === null || base <= 0 || counted === null) return { met, gap: met ? 0 : null };
  const needed = target.op === ">" ? Math.floor(target.value * base + 1e-9) + 1 : Math.ceil(target.value * base - 1e-9);
  return { met, gap: Math.max(0, needed - counted) };
}

/** Compliance with a count target: met when counted ≥ target (> for a strict target); the gap is what is missing. */
export function countCompliance(target: Target, counted: number | null): Compliance {
  if (counted === null) return UNKNOWN;
  const needed = target.op === ">" ? target.value + 1 : target.value;
  return { met: counted >= needed, gap: Math.max(0, needed - counted) };
}
