import { mkdtempSync, readFileSync } from "fs";
import { tmpdir } from "os";
import { basename, join } from "path";
import { writeSamples } from "../../scripts/samples/write-samples";

describe("bundled samples (npm run samples)", () => {
  it("regenerate byte for byte from the kept script", async () => {
    const dir = mkdtempSync(join(tmpdir(), "anbiao-samples-"));
    const paths = await writeSamples(dir);
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) {
      const committed = readFileSync(join(__dirname, "..", "..", "assets", "samples", basename(path)));
      expect(readFileSync(path).equals(committed)).toBe(true);
    }
  });
});
