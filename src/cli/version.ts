import { readFileSync } from "fs";
import { join } from "path";

/** The package version, read from package.json beside the compiled CLI. */
export function version(): string {
  for (const dir of [join(__dirname, "..", ".."), join(__dirname, "..", "..", "..")]) {
    try {
      return (JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { version: string }).version;
    } catch {
      // try the next candidate: dist/cli and src/cli sit at different depths
    }
  }
  return "0.0.0";
}
