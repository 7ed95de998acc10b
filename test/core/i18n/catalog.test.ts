import { catalogSections } from "../../../src/core/i18n/catalog";
import { catalogKeys, t } from "../../../src/core/i18n/translate";

describe("message catalog", () => {
  it("has every key in both zh-CN and en", () => {
    expect(catalogKeys("en").sort()).toEqual(catalogKeys("zh-CN").sort());
  });

  it("uses each key in one section only", () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const [section, messages] of Object.entries(catalogSections)) {
      for (const key of Object.keys(messages["zh-CN"])) {
        if (seen.has(key)) twice.push(`${key} (${seen.get(key)}, ${section})`);
        seen.set(key, section);
      }
    }
    expect(twice).toEqual([]);
  });

  it("uses the same placeholders in both languages", () => {
    const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const messages of Object.values(catalogSections)) {
      for (const key of Object.keys(messages["zh-CN"])) {
        expect({ key, en: placeholders(messages.en[key]) }).toEqual({ key, en: placeholders(messages["zh-CN"][key]) });
      }
    }
  });

  it("fills placeholders and defaults to Chinese", () => {
    expect(t("input.missing", { file: "a.xlsx" })).toBe("找不到文件：a.xlsx");
    expect(t("input.missing", { file: "a.xlsx" }, "en")).toBe("File not found: a.xlsx");
  });
});
