/**
 * Appends every item to `target` in place — `target.push(...items)` without the spread, which overflows the
 * call stack once `items` holds more than about 125,000 elements.
 */
export function appendAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}
