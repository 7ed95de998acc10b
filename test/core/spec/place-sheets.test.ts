import { emptySheetSpec, type SheetSpec } from "../../../src/core/spec/spec";
import { markerName } from "../../../src/core/spec/marker";
import { placeSheets } from "../../../src/core/spec/place-sheets";

const spec = (name: string, key: string): SheetSpec => emptySheetSpec(name, { generator: "anbiao", kind: "attachment", profile: "suzhou-2022", key });

describe("placeSheets", () => {
  it("replaces a sheet the add-in generated earlier, found by its marker even after a rename", () => {
    const s = spec("附件1", "attachment-1");
    const [p] = placeSheets([{ name: "附件1 (旧)", marker: markerName(s.marker) }], [s]);
    expect(p.replaces).toBe("附件1 (旧)");
    expect(p.name).toBe("附件1");
  });

  it("never touches a user's sheet with the wanted name: the new sheet takes a suffix", () => {
    const [p] = placeSheets([{ name: "附件1" }], [spec("附件1", "attachment-1")]);
    expect(p.replaces).toBeUndefined();
    expect(p.name).toBe("附件1(2)");
  });

  it("counts the suffix up past every taken name, case-insensitively", () => {
    const [p] = placeSheets([{ name: "Findings" }, { name: "findings(2)" }], [spec("Findings", "findings")]);
    expect(p.name).toBe("Findings(3)");
  });

  it("keeps names within Excel's 31-character limit when suffixing", () => {
    const long = "一".repeat(31);
    const [p] = placeSheets([{ name: long }], [spec(long, "k")]);
    expect(p.name.length).toBeLessThanOrEqual(31);
    expect(p.name.endsWith("(2)")).toBe(true);
  });

  it("gives two new specs distinct names", () => {
    const placed = placeSheets([], [spec("汇总", "a"), spec("汇总", "b")]);
    expect(placed.map((p) => p.name)).toEqual(["汇总", "汇总(2)"]);
  });
});
