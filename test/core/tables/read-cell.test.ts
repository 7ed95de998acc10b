import { formatPercentDecimals, readCount, readRate, readTarget } from "../../../src/core/tables";

describe("readRate", () => {
  it("reads percent text with its shown decimals, half- or full-width", () => {
    expect(readRate("88.5%")).toEqual({ kind: "number", value: 0.885, decimals: 1, asText: true, percent: true });
    expect(readRate("88.5％")).toMatchObject({ value: 0.885, decimals: 1 });
    expect(readRate("100%")).toMatchObject({ value: 1, decimals: 0 });
  });

  it("reads a fraction formatted as percent with the format's decimals", () => {
    expect(readRate(0.9157, "0.0%")).toMatchObject({ value: 0.9157, decimals: 1 });
    expect(readRate(0.71, "0%")).toMatchObject({ value: 0.71, decimals: 0 });
    expect(formatPercentDecimals("0.00%;[Red]-0.00%")).toBe(2);
    expect(formatPercentDecimals("General")).toBeNull();
  });

  it("tells '/', blanks, #DIV/0! and text apart", () => {
    expect(readRate("/")).toEqual({ kind: "notApplicable", text: "/" });
    expect(readRate(null)).toEqual({ kind: "blank" });
    expect(readRate("#DIV/0!")).toEqual({ kind: "error", text: "#DIV/0!" });
    expect(readRate("约九成")).toEqual({ kind: "text", text: "约九成" });
  });
});

describe("readCount and readTarget", () => {
  it("reads numbers stored as text with trailing spaces as numbers", () => {
    expect(readCount("148 ")).toMatchObject({ kind: "number", value: 148, asText: true });
    expect(readCount("1,234")).toMatchObject({ kind: "number", value: 1234 });
    expect(readCount("12家")).toEqual({ kind: "text", text: "12家" });
  });

  it("reads targets with their comparison words: 不少于10% and ≥5% as rates, 55 as a count", () => {
    expect(readTarget("不少于10%")).toMatchObject({ value: 0.1, percent: true });
    expect(readTarget("≥5%")).toMatchObject({ value: 0.05, percent: true });
    expect(readTarget(55)).toMatchObject({ value: 55 });
    expect(readTarget(55)).not.toHaveProperty("percent");
  });
});
