import { ESLint } from "eslint";

// One ESLint over the project's real config, loaded once (a process per case costs ~4 s each); the
// config is required, not imported, because jest runs without ESM support.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require("../../eslint.config.js");
const eslint = new ESLint({ cwd: process.cwd(), overrideConfigFile: true, overrideConfig: config });

/** The rule ids the project's ESLint config reports for code placed at src/excel/probe.ts. */
async function lintExcel(code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: "src/excel/probe.ts" });
  return result.messages.map((m) => m.ruleId ?? "");
}

const wrap = (body: string) => `export async function probe(ctx: { sync(): Promise<void> }, items: number[]): Promise<void> {\n${body}\n}\n`;

describe("lint rule anbiao/no-sync-in-loop", () => {
  it.each([
    ["a for-of loop, context not named context", "for (const i of items) { void i; await ctx.sync(); }"],
    ["a while loop", "let i = 0; while (i++ < 3) await ctx.sync();"],
    ["a classic for loop", "for (let i = 0; i < 3; i++) { await ctx.sync(); }"],
    ["a forEach(async …) callback", "items.forEach(async () => { await ctx.sync(); });"],
    ["a map callback inside Promise.all", "await Promise.all(items.map(async () => ctx.sync()));"],
    ["a reduce callback", "await items.reduce(async (p) => { await p; await ctx.sync(); }, Promise.resolve());"],
  ])("rejects .sync() inside %s", async (_where, body) => {
    expect(await lintExcel(wrap(body))).toContain("anbiao/no-sync-in-loop");
  });

  it("accepts calls queued in a loop and one sync after it", async () => {
    expect(await lintExcel(wrap("const queued: number[] = [];\nfor (const i of items) queued.push(i);\nawait ctx.sync();"))).toEqual([]);
  });
});
