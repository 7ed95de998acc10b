import { join } from "node:path";
import { main } from "../../../src/cli/main";
import type { CliIo } from "../../../src/cli/io";
import { t } from "../../../src/core/i18n/translate";
import type { Lang } from "../../../src/core/i18n/lang";

function capture(lang: Lang = "zh-CN") {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (l) => out.push(l), err: (l) => err.push(l), lang, msg: (k, p) => t(k, p, lang) };
  return { io, out, err };
}

const run = async (args: string[], lang: Lang = "zh-CN") => {
  const c = capture(lang);
  const code = await main(["node", "anbiao", ...args], c.io);
  return { code, out: c.out.join("\n"), err: c.err.join("\n") };
};

describe("anbiao profiles", () => {
  it("lists the five built-ins with title, issuer, number and date", async () => {
    const r = await run(["profiles"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("内置创建方案（5 个）");
    expect(r.out).toContain("suzhou-2022  苏州市工业企业安全生产标准化创建三年行动实施方案（2022-2024）（苏州市应急管理局，苏应急〔2022〕203号，2022-08-19）");
    for (const id of ["qinyang-2024", "nantong-2018", "changshu-2019", "quanzhou-2021"]) expect(r.out).toContain(id);
  });

  it("shows a profile's districts, categories with bases and targets, and attachments", async () => {
    const r = await run(["profiles", "show", "suzhou-2022"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("地区（地区，10 个）：张家港、常熟、太仓、昆山、吴江、吴中、相城、姑苏、园区、新区");
    expect(r.out).toContain("chemical-park  化工园（集中）区内危化企业：二级以上，达标率，底数 270（另有：275 附件1 合计）");
    expect(r.out).toContain("目标：2022 80% · 2023 90% · 2024 100%");
    expect(r.out).toContain("附件1  全市工业企业二级标准化“6个全覆盖”达标情况（21 列）");
  });

  it("prints the JSON with --json, in English messages too", async () => {
    const r = await run(["--lang", "en", "profiles", "show", "nantong-2018", "--json"], "en");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).id).toBe("nantong-2018");
  });

  it("shows a user's profile file", async () => {
    const r = await run(["profiles", "show", join(__dirname, "../../core/profile/fixtures/wuxi-2025.json")]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("方案 wuxi-2025");
  });

  it("exits 2 with the built-in ids for an unknown profile", async () => {
    const r = await run(["profiles", "show", "hangzhou"]);
    expect(r.code).toBe(2);
    expect(r.err).toBe("anbiao: 没有名为 \"hangzhou\" 的内置方案；可用：suzhou-2022, qinyang-2024, nantong-2018, changshu-2019, quanzhou-2021；或给出 .json 文件路径");
  });
});
