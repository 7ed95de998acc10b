/**
 * Issue 17, defects 9, 10 and 11: inputs that are not regular files, hostile profile files and
 * names that would break the error line. Each run of the built bin has a 20 s limit, so a
 * regression shows as a failure, not a stuck suite.
 */
import { spawnSync, execFileSync } from "child_process";
import { mkdtempSync, writeFileSync, readFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { root } from "./run-bin";
import { plainRoster } from "../fuzz/fuzz-workbooks";

const bin = join(root, "bin", "anbiao.js");
const tmp = mkdtempSync(join(tmpdir(), "anbiao-hostile-"));
const roster = join(tmp, "roster.xlsx");
writeFileSync(roster, plainRoster(12));
const builtin = readFileSync(join(root, "src", "core", "profile", "builtin", "suzhou-2022.json"), "utf8");

function run(args: string[]): { status: number | null; stderr: string; ms: number } {
  const started = Date.now();
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: "utf8", timeout: 20000, env: { ...process.env, ANBIAO_LANG: "" } });
  return { status: r.status, stderr: r.stderr, ms: Date.now() - started };
}

/** Exit 2 with exactly one stderr line, which is returned. */
function oneLineRefusal(args: string[]): string {
  const r = run(args);
  expect(r.status).toBe(2);
  const lines = r.stderr.replace(/\n$/, "").split("\n");
  expect(lines).toHaveLength(1);
  return lines[0];
}

function profileFile(name: string, text: string | Uint8Array): string {
  const path = join(tmp, name);
  writeFileSync(path, text);
  return path;
}

describe("anbiao on inputs that are not regular files (issue 17, defect 11)", () => {
  it("defect 11: a FIFO is refused at once, without waiting for a writer", () => {
    const fifo = join(tmp, "pipe.xlsx");
    execFileSync("mkfifo", [fifo]);
    for (const args of [["inspect", fifo], ["check", fifo, "--profile", "suzhou-2022", "--json"]]) {
      expect(oneLineRefusal(args)).toBe(`anbiao: ${fifo} 不是普通文件（是管道、设备或套接字），不予读取`);
    }
  });

  it("defect 11: /dev/zero is refused at once instead of read without end", () => {
    const r = run(["inspect", "/dev/zero"]);
    expect(r.ms).toBeLessThan(10000);
    expect(oneLineRefusal(["--lang", "en", "inspect", "/dev/zero"])).toBe("anbiao: /dev/zero is not a regular file (a pipe, device or socket) and is not read");
  });

  it("a FIFO given as the profile is refused at once too", () => {
    const fifo = join(tmp, "profile-pipe.json");
    execFileSync("mkfifo", [fifo]);
    expect(oneLineRefusal(["check", roster, "--profile", fifo])).toContain("不是普通文件");
  });
});

describe("anbiao error lines stay one line (issue 17, defect 10)", () => {
  it("defect 10: a file name containing a newline is printed escaped on the one error line", () => {
    const path = join(tmp, "台账\n第二行.xlsx");
    writeFileSync(path, "PK\u0003\u0004 not really a zip");
    expect(oneLineRefusal(["inspect", path])).toBe(`anbiao: ${join(tmp, "台账\\n第二行.xlsx")} 已损坏，无法读取：找不到 zip 目录的结尾（文件被截断，或不是 zip 文件）`);
  });

  it("defect 10: a profile containing NaN gives exactly one line saying where, with no engine text", () => {
    const path = profileFile("nan.json", builtin.replace('"figures":', '"x": NaN, "figures":'));
    const at = builtin.replace('"figures":', '"x": NaN, "figures":').indexOf("NaN") + 1;
    expect(oneLineRefusal(["check", roster, "--profile", path])).toBe(`anbiao: 方案文件 ${path} 不是有效的 JSON：第 ${at} 个字符处格式错误`);
  });

  it("an invalid profile's list of problems is joined onto the one line", () => {
    const profile = JSON.parse(builtin);
    profile.id = "Bad Id";
    profile.categories[0].targets = { 2022: 80 };
    const line = oneLineRefusal(["--lang", "en", "check", roster, "--profile", profileFile("invalid.json", JSON.stringify(profile))]);
    expect(line).toMatch(/^anbiao: profile .*invalid\.json is invalid; fix each of these: /);
    expect(line).toContain("; categories[0].targets.2022: expected a rate between 0 and 1");
  });
});

describe("anbiao profile files are bounded before parsing (issue 17, defect 9)", () => {
  it("defect 9: a profile nested 200,000 deep is refused by its depth, not a stack overflow", () => {
    const path = profileFile("deep.json", "[".repeat(200000) + "]".repeat(200000));
    expect(oneLineRefusal(["check", roster, "--profile", path])).toBe(`anbiao: 方案文件 ${path} 的嵌套超过 64 层，不是方案文件`);
  });

  it("brackets inside strings do not count as nesting", () => {
    const profile = JSON.parse(builtin);
    profile.notes = ["[".repeat(500) + "{".repeat(500)];
    const r = run(["check", roster, "--profile", profileFile("brackets.json", JSON.stringify(profile)), "--as-of", "2022-10-01", "--json"]);
    expect([0, 1]).toContain(r.status);
  });

  it("a profile file over 16 MB is refused by its size before it is read", () => {
    const path = profileFile("huge.json", " ".repeat(17 * 1024 * 1024 - 2) + "{}");
    expect(oneLineRefusal(["check", roster, "--profile", path])).toBe(`anbiao: 方案文件 ${path} 有 17 MB，超过 16 MB 的上限（方案文件通常只有几十 KB）`);
  });
});
