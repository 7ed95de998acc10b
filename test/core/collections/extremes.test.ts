import { appendAll } from "../../../src/core/collections/append-all";
import { maxOf, minOf } from "../../../src/core/collections/extremes";

// 300,000 elements: Math.max(...a) and push(...a) throw RangeError (call stack) well below this.
const big = Array.from({ length: 300_000 }, (_, i) => (i * 7919) % 300_001);

describe("maxOf / minOf", () => {
  it("find the extremes of 300,000 values: 300,000 and 0 (7919 is prime to 300,001, so every residue but one appears)", () => {
    expect(maxOf(big)).toBe(300_000);
    expect(minOf(big)).toBe(0);
  });

  it("behave as Math.max(floor, ...values) and Math.min(ceiling, ...values)", () => {
    expect(maxOf([], 0)).toBe(0);
    expect(maxOf([3, 9, 4], 1)).toBe(9);
    expect(maxOf([-3, -9], 0)).toBe(0);
    expect(minOf([])).toBe(Infinity);
    expect(minOf([3, 9, 4], 2)).toBe(2);
    expect(maxOf([1, NaN, 3])).toBeNaN();
  });
});

describe("appendAll", () => {
  it("appends 300,000 items in order to what the target already held", () => {
    const target = [-1];
    appendAll(target, big);
    expect(target).toHaveLength(300_001);
    expect(target[0]).toBe(-1);
    expect(target[1]).toBe(0);
    expect(target[300_000]).toBe(big[299_999]);
  });
});
