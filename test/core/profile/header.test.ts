import { findBuiltinProfile } from "../../../src/core/profile/builtin";
import { columnCount, headerDepth, headerLeaves, headerText, officialHeader } from "../../../src/core/profile/header";
import type { Profile } from "../../../src/core/profile/schema";

const suzhou = findBuiltinProfile("suzhou-2022") as Profile;
const nantong = findBuiltinProfile("nantong-2018") as Profile;

describe("header helpers", () => {
  const annex1 = suzhou.attachments![0];

  it("fills {year} in a header text", () => {
    expect(headerText({ text: "{year}年申请创建企业数", metric: "applying" }, 2024)).toBe("2024年申请创建企业数");
  });

  it("lists 附件1's 21 leaves with the category of their group", () => {
    const leaves = headerLeaves(annex1.headerRows);
    expect(leaves).toHaveLength(21);
    expect(leaves[1]).toMatchObject({ category: "billion-yuan", node: { text: "底数", metric: "base" } });
    expect(leaves[20]).toMatchObject({ category: "hazchem-licensed", node: { metric: "attainmentRate" } });
    expect(headerDepth(annex1.headerRows)).toBe(2);
    expect(columnCount(annex1)).toBe(21);
  });

  it("counts 表1's label column twice (项目 spans level and category)", () => {
    expect(columnCount(suzhou.attachments![2])).toBe(5);
  });

  it("drops added columns to give the official header", () => {
    const table = nantong.attachments![0];
    // 7 official columns; added: 2 actual counts, then per share its count columns and the share (4 + 4 + 5 … see the layout).
    expect(headerLeaves(table.headerRows)).toHaveLength(20);
    expect(headerLeaves(officialHeader(table.headerRows))).toHaveLength(7);
  });
});
