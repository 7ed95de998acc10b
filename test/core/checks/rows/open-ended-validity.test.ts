import { analyzeRosters } from "../../../../src/core/campaign/analyze-rosters";
import { findBuiltinProfile } from "../../../../src/core/profile";
import { t } from "../../../../src/core/i18n/translate";
import type { Grid } from "../../../../src/core/grid/grid";

const suzhou = findBuiltinProfile("suzhou-2022")!;

/** A Suzhou roster of four attained 二级 亿元 enterprises; 有效期至 is column G. */
function roster(): Grid {
  return {
    name: "台账",
    origin: { row: 1, col: 1 },
    values: [
      ["企业名称", "所在地区", "类别", "标准化等级", "达标情况", "发证日期", "有效期至"],
      ["甲公司", "常熟", "亿元以上企业", "二级", "已达标", "2020-11-20", "长期"], // valid to 2023-11-19: expired on 2023-12-31
      ["乙公司", "常熟", "亿元以上企业", "二级", "已达标", "2022-02-10", " 长期有效 "], // valid to 2025-02-09
      ["丙公司", "常熟", "亿元以上企业", "二级", "已达标", null, "永久"], // no issue date: validity unknown
      ["丁公司", "常熟", "亿元以上企业", "二级", "已达标", "2022-02-10", "明年"], // not a date, not 长期
    ],
  };
}

describe("openEndedValidity (cert/open-ended)", () => {
  const analysis = analyzeRosters([roster()], suzhou, { asOf: "2023-12-31", year: 2023 });
  const rules = (rule: string) => analysis.findings.filter((f) => f.rule === rule);

  it("reports 长期 and its siblings in 有效期至 as a warning with the date it counts to, not as an unreadable cell", () => {
    expect(rules("cert/open-ended").map((f) => [f.severity, f.cell, f.expected])).toEqual([
      ["warning", "G2", "2023-11-19"], // 2020-11-20 + 3 years − 1 day
      ["warning", "G3", "2025-02-09"], // 2022-02-10 + 3 years − 1 day
    ]);
    expect(rules("cert/open-ended-no-issue").map((f) => f.cell)).toEqual(["G4"]);
    expect(rules("cell/unreadable").map((f) => [f.cell, f.actual])).toEqual([["G5", "明年"]]);
  });

  it("counts the certificate by its issue date + 3 years, so one past that date is expired", () => {
    // With no readable expiry the finding points at the issue date it was worked out from, as for a blank expiry.
    expect(rules("cert/expired").map((f) => [f.cell, f.actual])).toEqual([["F2", "2023-11-19"]]);
  });

  it("tells the clerk in Chinese what was assumed and what to enter", () => {
    const [f] = rules("cert/open-ended");
    expect(t(f.rule, f.params, "zh-CN")).toBe("第 2 行（甲公司）有效期至写的是“长期”：安全生产标准化证书有效期为 3 年，已按发证日期 2020-11-20 算到 2023-11-19；请填写证书上的有效期");
    expect(t(f.rule, f.params, "en")).toContain("valid until 2023-11-19");
  });
});
