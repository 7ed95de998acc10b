import { MEASURES } from "../../../src/core/explain/enterprises-behind";
import { figureMembers } from "../../../src/core/explain/figure-members";
import { expectedNames } from "../../cli/fixtures/messy/measure-names";
import { figureOf, type AnyFigure } from "../../../src/core/spec/spec";
import { changshuExpected } from "../../cli/fixtures/messy/changshu-expected";
import { changshuTruth } from "../../cli/fixtures/messy/changshu-roster";
import { suzhouExpectedLists } from "../../cli/fixtures/messy/suzhou-expected";
import { suzhouTruth } from "../../cli/fixtures/messy/suzhou-roster";
import { messySummaries, type MessySummary } from "./fixtures/messy-summaries";

let summaries: MessySummary[];
beforeAll(async () => {
  summaries = await messySummaries();
}, 120000);

const names = (s: MessySummary, figure: AnyFigure) => figureMembers(figure, s).map((i) => s.analysis.classification.classes[i].record.name).sort();
const byName = (name: string) => summaries.find((s) => s.name === name)!;

describe("figureMembers", () => {
  it("lists exactly as many enterprises as every count cell with a figure shows, in every generated sheet of every built-in profile", () => {
    let checked = 0;
    const kinds = new Set<string>();
    for (const s of summaries) {
      for (const sheet of s.sheets) {
        for (const cell of sheet.cells) {
          const figure = figureOf(cell);
          if (!figure) continue;
          const value = cell.formula !== undefined ? cell.result : cell.value;
          expect({ sheet: `${s.name} ${sheet.name}`, row: cell.row, col: cell.col, count: figureMembers(figure, s).length }).toEqual({ sheet: `${s.name} ${sheet.name}`, row: cell.row, col: cell.col, count: value });
          kinds.add("parts" in figure ? "group" : "indicator" in figure ? "indicator" : figure.measure);
          checked++;
        }
      }
    }
    expect(summaries.map((s) => s.profile.id).sort()).toEqual(["changshu-2019", "nantong-2018", "qinyang-2024", "quanzhou-2021", "suzhou-2022"]);
    // Suzhou's 实际完成 of 15 new 一级 (a creation-rate category) counts this year's attained with the applying.
    expect([...kinds].sort()).toEqual(["applying", "attained", "base", "group", "indicator", "newlyAttainedOrApplying"]);
    expect(checked).toBeGreaterThan(1000);
  });

  it("gives Suzhou's base, attained, applying and the target measures as the enterprises the generator's list names", () => {
    const s = byName("suzhou");
    const lists = suzhouExpectedLists(suzhouTruth());
    for (const l of lists) {
      for (const measure of MEASURES) expect([l.district, l.category, measure, names(s, { district: l.district, category: l.category, measure })]).toEqual([l.district, l.category, measure, expectedNames(l, measure).sort()]);
    }
    expect(lists.length).toBeGreaterThan(10);
  });

  it("gives Changshu's categories and each indicator count (renewals, models, reviews, de-listings) as the enterprises the generator names", () => {
    const s = byName("changshu");
    const expected = changshuExpected(changshuTruth());
    for (const l of expected.lists) {
      for (const measure of MEASURES) expect([l.district, l.category, measure, names(s, { district: l.district, category: l.category, measure })]).toEqual([l.district, l.category, measure, expectedNames(l, measure).sort()]);
    }
    for (const l of expected.indicatorLists) expect([l.district, l.indicator, names(s, { district: l.district, indicator: l.indicator })]).toEqual([l.district, l.indicator, [...l.names].sort()]);
    expect(expected.indicatorLists.some((l) => l.names.length > 0)).toBe(true);
  });

  it("lists nothing for an indicator or category the profile does not have", () => {
    const s = byName("changshu");
    expect(figureMembers({ district: null, indicator: "no-such" }, s)).toEqual([]);
    expect(figureMembers({ district: null, category: "no-such", measure: "base" }, s)).toEqual([]);
  });
});
