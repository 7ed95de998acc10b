// Loops, not `Math.max(...values)`: spreading an array that grows with the data into a call overflows the
// call stack at about 125,000 elements (a province's roster).

/** `Math.max(floor, ...values)` for any number of values. */
export function maxOf(values: Iterable<number>, floor = -Infinity): number {
  let best = floor;
  for (const v of values) {
    if (Number.isNaN(v)) return NaN;
    if (v > best) best = v;
  }
  return best;
}

/** `Math.min(ceiling, ...values)` for any number of values. */
export function minOf(values: Iterable<number>, ceiling = Infinity): number {
  let best = ceiling;
  for (const v of values) {
    if (Number.isNaN(v)) return NaN;
    if (v < best) best = v;
  }
  return best;
}
