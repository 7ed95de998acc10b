import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { builtinProfileIds, builtinProfiles, findBuiltinProfile } from "../../../src/core/profile/builtin";
import { parseProfile } from "../../../src/core/profile/parse";
import { SEED_OF } from "./seed";

const dir = join(__dirname, "../../../src/core/profile/builtin");

describe("builtinProfiles", () => {
  it("has one profile per seed notice", () => {
    expect(builtinProfileIds).toEqual(["suzhou-2022", "qinyang-2024", "nantong-2018", "changshu-2019", "quanzhou-2021"]);
    expect(Object.keys(SEED_OF).sort()).toEqual([...builtinProfileIds].sort());
  });

  it.each(readdirSync(dir).filter((f) => f.endsWith(".json")))("parses %s without issues", (file) => {
    const r = parseProfile(JSON.parse(readFileSync(join(dir, file), "utf8")));
    expect(r.ok ? [] : r.issues).toEqual([]);
    expect(file).toBe(`${r.ok ? r.profile.id : "?"}.json`);
  });

  it.each(builtinProfileIds)("ships %s exactly as validation returns it (so no run needs to validate it)", (id) => {
    const json: unknown = JSON.parse(readFileSync(join(dir, `${id}.json`), "utf8"));
    const r = parseProfile(json);
    expect(r.ok).toBe(true);
    expect(findBuiltinProfile(id)).toEqual(r.ok ? r.profile : undefined);
    expect(json).toEqual(r.ok ? r.profile : undefined);
  });

  it("finds a built-in by id and nothing for an unknown id", () => {
    expect(findBuiltinProfile("nantong-2018")?.documentNumber).toBe("通政发〔2018〕27号");
    expect(findBuiltinProfile("wuxi-2025")).toBeUndefined();
    expect(builtinProfiles).toHaveLength(5);
  });
});
