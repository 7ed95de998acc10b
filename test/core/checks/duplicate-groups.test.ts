/** Issue 17, defect 5: a large duplicate group is one finding with its size, in time linear in the rows. */
import { duplicateEnterprise } from "../../../src/core/checks/rows/duplicate-enterprise";
import { t } from "../../../src/core/i18n/translate";
import { context, makeRecord } from "./make-record";

describe("duplicateEnterprise on large groups (issue 17)", () => {
  it("defect 5: 10,000 rows all coded 「无」 give one finding that names the first copies and the group's size", () => {
    const recs = Array.from({ length: 10000 }, (_, i) => makeRecord(i + 2, { uscc: "无" }));
    const started = Date.now();
    const found = duplicateEnterprise.check(context(recs));
    expect(Date.now() - started).toBeLessThan(2000);
    expect(found).toHaveLength(1);
    const [f] = found;
    expect([f.rule, f.cell, f.params.count]).toEqual(["row/duplicate-uscc", "C2", 10000]);
    expect(t(f.rule, f.params, "zh-CN")).toBe(`第 2 行（${f.params.name}）的统一社会信用代码 无 重复，另见 台账!3、台账!4、台账!5、台账!6 等，共 10000 处`);
    expect(t(f.rule, f.params, "en")).toContain("appears again at 台账!3、台账!4、台账!5、台账!6 and others, 10000 copies in all");
  });

  it("a group of five copies still has every copy name the four others", () => {
    const recs = [2, 3, 4, 5, 6].map((row) => makeRecord(row, { uscc: "91320500100079190B" }));
    const found = duplicateEnterprise.check(context(recs));
    expect(found.map((f) => f.actual)).toEqual(["台账!3、台账!4、台账!5、台账!6", "台账!2、台账!4、台账!5、台账!6", "台账!2、台账!3、台账!5、台账!6", "台账!2、台账!3、台账!4、台账!6", "台账!2、台账!3、台账!4、台账!5"]);
  });

  it("two placeholder groups of 6,000 names are two findings, whatever their size", () => {
    const recs = Array.from({ length: 12000 }, (_, i) => makeRecord(i + 2, { uscc: null, name: i % 2 ? "待补充" : "无名称企业" }));
    expect(duplicateEnterprise.check(context(recs)).map((f) => [f.rule, f.row, f.params.count])).toEqual([["row/duplicate-name", 2, 6000], ["row/duplicate-name", 3, 6000]]);
  });
});
