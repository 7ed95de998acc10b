import type { CliIo } from "../../src/cli/io";
import { main } from "../../src/cli/main";
import { parseLang, type Lang } from "../../src/core/i18n/lang";
import { t } from "../../src/core/i18n/translate";
import { writeFixtureWorkbook } from "../core/roster/fixtures/sheet-fixture";
import { combined, countTable, instructions } from "../core/roster/fixtures/workbooks";

function capture(lang: Lang = "zh-CN"): CliIo & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return { lines, errors, lang, out: (l) => lines.push(l), err: (l) => errors.push(l), msg: (k, p) => t(k, p, lang) };
}

async function run(args: string[], lang?: string): Promise<{ code: number; out: string; err: string }> {
  const io = capture(parseLang(lang));
  const argv = ["node", "anbiao", ...(lang ? ["--lang", lang] : []), ...args];
  const code = await main(argv, io);
  return { code, out: io.lines.join("\n"), err: io.errors.join("\n") };
}

let file: string;
beforeAll(async () => {
  file = await writeFixtureWorkbook("inspect.xlsx", [combined, countTable, instructions]);
});

describe("anbiao inspect: roster detection per sheet", () => {
  it("prints the table, header and data rows, the mapping and the counts", async () => {
    const { code, out } = await run(["inspect", file, "--rows", "1"]);
    expect(code).toBe(0);
    expect(out).toContain("  台账：表头第 4–6 行，数据第 7–14 行");
    expect(out).toContain("  标题：2022年苏州市安全生产标准化企业台账（汇总）；填报单位：苏州市应急管理局；填报日期：2022-08-19");
    expect(out).toContain("    B 「企业基本情况 / 企业名称」 → 企业名称 (name)（标准列名）");
    expect(out).toContain("    H 「标准化情况 / 等级」 → 标准化等级 (grade)（同义列名）");
    expect(out).toContain("    F 「底数类别 / 两重点一重大」 → 是/否类别列「两重点一重大」（按取值判断）");
    expect(out).toContain("  未映射的列：无");
    expect(out).toContain("  企业 4 家，小计/合计行 3 行，跳过 3 行");
  });

  it("says why a sheet is not a roster, naming sheet and row", async () => {
    const { out } = await run(["inspect", file]);
    expect(out).toContain("  不是台账：工作表「汇总表」第 1 行的表头中没有企业名称列");
    expect(out).toContain("  不是台账：工作表「说明」第 1–3 行中没有找到台账表头");
  });

  it("applies --map overrides, repeatable or comma-separated, and warns about headers it did not find", async () => {
    const { code, out, err } = await run(["inspect", file, "--map", "备注=none,片区=district", "--map", "类别=remark"]);
    expect(code).toBe(0);
    expect(out).toContain("    M 「备注」 → 不使用（手动指定）");
    expect(out).toContain("    E 「类别」 → 备注 (remark)（手动指定）");
    expect(err).toBe("anbiao: --map 中的列名「片区」在任何台账工作表中都没有找到");
  });

  it("exits 2 with one line naming the allowed fields for an unknown field", async () => {
    const { code, err } = await run(["inspect", file, "--map", "所在板块=region"]);
    expect(code).toBe(2);
    expect(err.split("\n")).toHaveLength(1);
    expect(err).toContain("region");
    expect(err).toContain("district");
  });

  it("speaks English with --lang en", async () => {
    const { out } = await run(["inspect", file], "en");
    expect(out).toContain("  Roster: header rows 4–6, data rows 7–14");
    expect(out).toContain('    L "状态" → status (status) (exact)');
    expect(out).toContain("  4 enterprises, 3 subtotal/total rows, 3 skipped rows");
  });
});
