import { execFileSync } from "node:child_process";
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

/**
 * LibreOffice's setting "recalculate formulas on load of Excel 2007+ files": 0 = always. Without it
 * LibreOffice may keep the cached results it finds, and the check would prove nothing.
 */
const ALWAYS_RECALCULATE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** Fails with a clear message when LibreOffice is missing: the check must never be skipped silently. */
export function requireSoffice(): string {
  try {
    execFileSync("soffice", ["--version"], { stdio: "pipe" });
    return "soffice";
  } catch {
    throw new Error("LibreOffice (soffice) is required for this test: apt-get install libreoffice-calc");
  }
}

/** Opens an .xlsx in headless LibreOffice, which recalculates every formula, and saves it again as .xlsx. */
export function recalculateWithLibreOffice(bytes: Uint8Array): Buffer {
  const soffice = requireSoffice();
  const dir = mkdtempSync(join(tmpdir(), "anbiao-lo-"));
  const profile = join(dir, "profile");
  mkdirSync(join(profile, "user"), { recursive: true });
  writeFileSync(join(profile, "user", "registrymodifications.xcu"), ALWAYS_RECALCULATE);
  const input = join(dir, "book.xlsx");
  writeFileSync(input, bytes);
  const out = join(dir, "out");
  execFileSync(soffice, [`-env:UserInstallation=${pathToFileURL(profile).href}`, "--headless", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", out, input], {
    stdio: "pipe",
    timeout: 120_000,
  });
  return readFileSync(join(out, "book.xlsx"));
}
