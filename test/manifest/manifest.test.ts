import { execFileSync, spawnSync } from "child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";

// The validator runs in a child node process: office-addin-manifest's reader pulls in ESM-only
// packages (uuid, strip-bom) that jest's module system cannot require, and a child process also
// tests the real `npm run validate` entry point. forbid-network.js makes any network use throw.
const root = join(__dirname, "..", "..");
const validator = join(root, "scripts", "validate-manifest.js");
const forbidNetwork = join(__dirname, "forbid-network.js");
const manifestText = readFileSync(join(root, "manifest.xml"), "utf8");

interface CheckResult {
  file: string;
  info?: { displayName?: string; defaultLocale?: string; hosts?: string[]; defaultSettings?: { sourceLocation?: string } };
  problems: string[];
}

/** Variants of manifest.xml, each one text replacement that must apply. */
const variants: Record<string, [string | RegExp, string]> = {
  httpUrl: ['"https://localhost:3000/taskpane.html"/>\n  </DefaultSettings>', '"http://localhost:3000/taskpane.html"/>\n  </DefaultSettings>'],
  missingIcon: ["icons/icon-64.png", "icons/icon-99.png"],
  wrongIconSize: ['<IconUrl DefaultValue="https://localhost:3000/assets/icons/icon-32.png"', '<IconUrl DefaultValue="https://localhost:3000/assets/icons/icon-16.png"'],
  ribbonIconSize: ['id="Anbiao.Icon.80" DefaultValue="https://localhost:3000/assets/icons/icon-80.png"', 'id="Anbiao.Icon.80" DefaultValue="https://localhost:3000/assets/icons/icon-64.png"'],
  badId: [/<Id>[^<]+<\/Id>/, "<Id>anbiao</Id>"],
  badVersion: ["<Version>0.1.0.0</Version>", "<Version>v1</Version>"],
  readOnly: ["<Permissions>ReadWriteDocument", "<Permissions>ReadDocument"],
  oldExcelApi: ['MinVersion="1.7"', 'MinVersion="1.4"'],
  newerExcelApi: ['MinVersion="1.7"', 'MinVersion="1.10"'],
  noExcelApi: [/<Requirements>[\s\S]*<\/Requirements>/, ""],
  undefinedResid: ['<SourceLocation resid="Anbiao.Taskpane.Url"/>', '<SourceLocation resid="Anbiao.Missing"/>'],
  malformed: ["</OfficeApp>", ""],
};

let dir: string;
const files: Record<string, string> = {};
let results: Record<string, CheckResult>;
let jsonExitCode: number | null;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "anbiao-manifest-"));
  for (const [name, [from, to]] of Object.entries(variants)) {
    const changed = manifestText.replace(from, to);
    if (changed === manifestText) throw new Error(`variant ${name}: its replacement no longer matches manifest.xml`);
    files[name] = join(dir, `${name}.xml`);
    writeFileSync(files[name], changed);
  }
  const names = Object.keys(files);
  const run = spawnSync(process.execPath, ["-r", forbidNetwork, validator, "--json", "--web-root", root, join(root, "manifest.xml"), ...names.map((n) => files[n])], { encoding: "utf8" });
  jsonExitCode = run.status;
  const parsed = JSON.parse(run.stdout) as CheckResult[];
  results = { good: parsed[0] };
  names.forEach((n, i) => (results[n] = parsed[i + 1]));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("validate-manifest (manifest.xml)", () => {
  it("accepts the repository's manifest, offline, and exits 0", () => {
    const out = execFileSync(process.execPath, ["-r", forbidNetwork, validator], { cwd: root, encoding: "utf8" });
    expect(out).toMatch(/manifest\.xml: OK — 安标台账助手 0\.1\.0\.0/);
    expect(results.good.problems).toEqual([]);
    expect(results.good.info).toMatchObject({
      displayName: "安标台账助手",
      defaultLocale: "zh-CN",
      hosts: ["Workbook"],
      defaultSettings: { sourceLocation: "https://localhost:3000/taskpane.html" },
    });
  });

  it("exits 1 with one clear line per problem", () => {
    const run = spawnSync(process.execPath, [validator, files.httpUrl], { cwd: root, encoding: "utf8" });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/httpUrl\.xml: 1 problem\(s\):\n {2}- <SourceLocation> \(line \d+\) DefaultValue="http:\/\/localhost:3000\/taskpane\.html" is not an https URL/);
    expect(jsonExitCode).toBe(1);
  });

  it("rejects an http URL", () => {
    expect(results.httpUrl.problems).toEqual([expect.stringMatching(/<SourceLocation> .* is not an https URL/)]);
  });

  it("rejects an icon whose file is missing from assets/", () => {
    expect(results.missingIcon.problems).toEqual([expect.stringMatching(/<HighResolutionIconUrl> .*icon-99\.png has no file at assets\/icons\/icon-99\.png/)]);
  });

  it("rejects a top-level icon of the wrong size", () => {
    expect(results.wrongIconSize.problems).toEqual([expect.stringMatching(/<IconUrl> .*is 16x16, expected 32x32/)]);
  });

  it("rejects a ribbon icon whose image does not match its size", () => {
    expect(results.ribbonIconSize.problems).toEqual([
      expect.stringMatching(/<bt:Image size="80"> .*icon-64\.png, which is 64x64/),
      expect.stringMatching(/<bt:Image size="80"> .*icon-64\.png, which is 64x64/),
    ]);
  });

  it("rejects an Id that is not a GUID", () => {
    expect(results.badId.problems).toEqual([expect.stringMatching(/<Id> is "anbiao", expected a GUID/)]);
  });

  it("rejects a malformed version", () => {
    expect(results.badVersion.problems).toEqual([expect.stringMatching(/<Version> is "v1", expected n\.n\.n\.n/)]);
  });

  it("rejects permissions other than ReadWriteDocument", () => {
    expect(results.readOnly.problems).toEqual([expect.stringMatching(/<Permissions> is "ReadDocument", expected "ReadWriteDocument"/)]);
  });

  it("rejects an ExcelApi requirement below 1.7 and accepts 1.10 (numeric comparison)", () => {
    expect(results.oldExcelApi.problems).toEqual([expect.stringMatching(/ExcelApi MinVersion is "1\.4", expected 1\.7 or higher/)]);
    expect(results.newerExcelApi.problems).toEqual([]);
  });

  it("rejects a manifest with no ExcelApi requirement", () => {
    expect(results.noExcelApi.problems).toEqual([expect.stringMatching(/no <Set Name="ExcelApi">/)]);
  });

  it("rejects a resid that no resource defines", () => {
    expect(results.undefinedResid.problems).toEqual([expect.stringMatching(/resid="Anbiao\.Missing" is not defined under <Resources>/)]);
  });

  it("reports malformed XML as a problem rather than a crash", () => {
    expect(results.malformed.problems).toEqual([expect.stringMatching(/manifest/)]);
  });
});
