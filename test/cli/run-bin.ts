import { spawnSync } from "child_process";
import { existsSync } from "fs";
import { join } from "path";

/** Where the test suite finds the project root and the built CLI. */
export const root = join(__dirname, "..", "..");
const bin = join(root, "bin", "anbiao.js");

/** What one run of the built `anbiao` printed and returned. */
export interface BinRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built `anbiao` bin as a user would; fails clearly when the CLI has not been built. */
export function runBin(args: string[], cwd = root): BinRun {
  if (!existsSync(join(root, "dist", "cli", "main.js"))) throw new Error("dist/cli/main.js is missing: run `npm run build:cli` before these tests");
  const run = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: "utf8", env: { ...process.env, ANBIAO_LANG: "" } });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}
