import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { UserError } from "../../src/core/errors";
import { t } from "../../src/core/i18n/translate";
import { loadProfile } from "../../src/cli/load-profile";

const fixture = join(__dirname, "../core/profile/fixtures/wuxi-2025.json");
const tmp = mkdtempSync(join(tmpdir(), "anbiao-profile-"));

async function failure(idOrPath: string): Promise<UserError> {
  try {
    await loadProfile(idOrPath, "en");
  } catch (err) {
    if (err instanceof UserError) return err;
    throw err;
  }
  throw new Error("expected a UserError");
}

describe("loadProfile", () => {
  it("returns a built-in by id", async () => {
    expect((await loadProfile("suzhou-2022")).documentNumber).toBe("苏应急〔2022〕203号");
  });

  it("loads another city's campaign from a JSON file without code changes", async () => {
    const p = await loadProfile(fixture);
    expect(p.id).toBe("wuxi-2025");
    expect(p.categories.map((c) => c.id)).toEqual(["above-scale", "hazchem"]);
  });

  it("lists the built-in ids for an unknown id", async () => {
    const err = await failure("hangzhou");
    expect(err.key).toBe("profile.unknownId");
    expect(String(err.params.ids)).toBe("suzhou-2022, qinyang-2024, nantong-2018, changshu-2019, quanzhou-2021");
  });

  it("names the file and every bad path of an invalid profile, one a line, in the asked language", async () => {
    const file = join(tmp, "bad.json");
    const json = JSON.parse(readFileSync(fixture, "utf8"));
    // Eight problems: more than any "first three (+5)" summary would show.
    json.categories[1].targets["2025"] = 80;
    json.categories[1].targets["2026"] = 1.5;
    json.categories[0].targets["2025"] = -1;
    json.categories[0].requiredGrade = 4;
    json.categories[0].rate = "coverage";
    json.categories[0].gradeCount = "roughly";
    json.period.from = "2025";
    json.date = "2025/03/01";
    writeFileSync(file, JSON.stringify(json));
    const err = await failure(file);
    expect(err.key).toBe("profile.invalid");
    const [head, ...lines] = t(err.key, err.params, "en").split("\n");
    expect(head).toContain(file);
    expect(lines.map((l) => l.trim().split(":")[0]).sort()).toEqual([
      "categories[0].gradeCount", "categories[0].rate", "categories[0].requiredGrade", "categories[0].targets.2025",
      "categories[1].targets.2025", "categories[1].targets.2026", "date", "period.from",
    ]);
    expect(lines).toContain("  categories[1].targets.2025: expected a rate between 0 and 1 (write 80% as 0.8), got 80");
    // Every word of it English: no Chinese from the catalog's other half.
    expect(lines.join("\n")).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it("reports a file that is not JSON and a missing file", async () => {
    const file = join(tmp, "broken.json");
    writeFileSync(file, "{ \"id\": ");
    expect((await failure(file)).key).toBe("profile.notJson");
    expect((await failure(join(tmp, "none.json"))).key).toBe("input.missing");
  });
});
