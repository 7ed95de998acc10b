import { splitCategories } from "../../../src/core/normalize";

describe("splitCategories", () => {
  it.each<[string | null, string[]]>([
    ["亿元以上企业", ["亿元以上企业"]],
    ["亿元以上企业、两重点一重大", ["亿元以上企业", "两重点一重大"]],
    ["A，B,C;D；E/F／G", ["A", "B", "C", "D", "E", "F", "G"]],
    ["冶金工贸\n粉尘涉爆\r\n有限空间", ["冶金工贸", "粉尘涉爆", "有限空间"]],
    [" A 、、 B ", ["A", "B"]],
    ["/", []],
    ["", []],
    [null, []],
  ])("splits %p into %p", (text, parts) => {
    expect(splitCategories(text)).toEqual(parts);
  });
});
