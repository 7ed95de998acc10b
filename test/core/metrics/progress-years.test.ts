import { progressYearsOf } from "../../../src/core/metrics/progress-years";
import { findBuiltinProfile } from "../../../src/core/profile";

const suzhou = findBuiltinProfile("suzhou-2022")!;
const nantong = findBuiltinProfile("nantong-2018")!;
const qinyang = findBuiltinProfile("qinyang-2024")!;
const quanzhou = findBuiltinProfile("quanzhou-2021")!;

describe("progressYearsOf (the years 历年进度 offers)", () => {
  it("offers every year the profile sets a rate target in, up to the as-of year (suzhou-2022: 2022, 2023, 2024)", () => {
    expect(progressYearsOf(suzhou, "2024-06-30")).toEqual([2022, 2023, 2024]);
    expect(progressYearsOf(suzhou, "2023-03-01")).toEqual([2022, 2023]);
    // In the campaign's first year there is one year only: nothing to chart over the years.
    expect(progressYearsOf(suzhou, "2022-10-01")).toEqual([2022]);
    expect(progressYearsOf(suzhou, "2021-12-31")).toEqual([]);
  });

  it("takes the years of every category (qinyang-2024: 2024's categories, then 2025's)", () => {
    expect(progressYearsOf(qinyang, "2025-06-30")).toEqual([2024, 2025]);
    expect(progressYearsOf(nantong, "2019-12-31")).toEqual([2018, 2019]);
  });

  it("leaves out a year whose targets are all counts, and a profile with no category target (quanzhou-2021's goal is an indicator)", () => {
    // nantong-2018's grade-1 and grade-2 targets are counts of enterprises (15 and 200, then 26 and 300): no rate to chart.
    const countsOnly = { ...nantong, categories: nantong.categories.filter((c) => c.id === "grade-1" || c.id === "grade-2") };
    expect(progressYearsOf(countsOnly, "2019-12-31")).toEqual([]);
    expect(progressYearsOf(quanzhou, "2023-12-31")).toEqual([]);
  });
});
