import { spawnSync } from "child_process";
import { createHash } from "crypto";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { chromium, type Browser, type Page } from "playwright-core";
import { SaxesParser } from "saxes";
import { serveRelease, type ReleaseServer } from "../../scripts/release/serve";

// `npm run release` end to end, from the pane build `npm test` has already made (dist/web; no
// second webpack run): the manifest for a made-up intranet base, its offline validation, the
// closing check against 127.0.0.1, refusals, then the released pane in Debian's chromium and an
// upgrade under an open pane. Expected URLs and file names are written out by hand from
// manifest.xml and @microsoft/office-js 1.1.110's office.js (HostSpecificFileVersionMap.excel).
const ROOT = join(__dirname, "..", "..");
const WEB_DIR = join(ROOT, "dist", "web");
const RELEASE = join(ROOT, "scripts", "release.js");
const VALIDATOR = join(ROOT, "scripts", "validate-manifest.js");
const FORBID_NETWORK = join(ROOT, "test", "manifest", "forbid-network.js");
const CHROMIUM = "/usr/bin/chromium";
const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic"];
const BASE = "https://intranet.example/anbiao/";
const PACKAGE_VERSION = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string }).version;

/** The URLs manifest.xml names, moved under BASE. */
const MANIFEST_URLS = ["assets/icons/icon-16.png", "assets/icons/icon-32.png", "assets/icons/icon-64.png", "assets/icons/icon-80.png", "taskpane.html", "commands.html"].map((p) => BASE + p);
/** What office.js 1.1.110 loads for Excel, beside itself: the mapping table, a host file per platform and version, the strings of the manifest's locales. */
const OFFICE_JS_FILES = [
  "o15apptofilemappingtable.js",
  "excel-win32-16.00.js", "excel-win32-16.01.js", "excel-web-16.00.js", "excel-mac-16.00.js", "excel-ios-16.00.js", "excel-winrt-16.00.js", "excel-android-16.00.js",
  "zh-cn/office_strings.js", "en-us/office_strings.js",
].map((f) => `office-js/${f}`);

interface RunResult { status: number | null; stdout: string; stderr: string }
interface Report {
  version: string;
  previous?: string;
  check: { base: string; fetched: { url: string; status: number; why: string }[]; problems: { zh: string; en: string }[] };
}

function run(script: string, args: string[], preload: string[] = []): RunResult {
  const r = spawnSync(process.execPath, [...preload, script, ...args], { cwd: ROOT, encoding: "utf8" });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
const release = (...args: string[]) => run(RELEASE, args);

/** src and href values of a page, quoted or not; worked out here without the release's own parser. */
function references(html: string): string[] {
  const refs: string[] = [];
  for (const m of html.matchAll(/\s(src|href)=("[^"]*"|'[^']*'|[^\s>]+)/g)) refs.push(m[2].replace(/^["']|["']$/g, ""));
  return refs;
}

let tmp: string;
let out: string;
let first: RunResult;
let report: Report;
let browser: Browser;
let server: ReleaseServer;

beforeAll(async () => {
  if (!existsSync(join(WEB_DIR, "taskpane.html"))) {
    throw new Error(`${WEB_DIR}/taskpane.html is missing: run \`npm run build:web\` before this test (npm test builds first).`);
  }
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (this test never downloads a browser).`);
  tmp = mkdtempSync(join(tmpdir(), "anbiao-release-test-"));
  out = join(tmp, "release");
  first = release("--base-url", BASE, "--web-dir", WEB_DIR, "--out", out, "--json");
  if (first.status !== 0) throw new Error(`the first release failed:\n${first.stderr}`);
  report = JSON.parse(first.stdout) as Report;
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  server = await serveRelease(out, new URL(BASE).pathname);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe("npm run release: the folder and its manifest", () => {
  it("writes a manifest.xml whose every URL is under the base URL, versioned package.json's version + .1", () => {
    const text = readFileSync(join(out, "manifest.xml"), "utf8");
    const urls = [...text.matchAll(/(?:DefaultValue|Value)="([a-z]+:\/\/[^"]+)"/g)].map((m) => m[1]);
    expect([...new Set(urls)].sort()).toEqual([...MANIFEST_URLS].sort());
    expect(text).not.toMatch(/localhost/);
    expect(text).toContain(`<Version>${PACKAGE_VERSION}.1</Version>`);
    expect(report.version).toBe(`${PACKAGE_VERSION}.1`);
  });

  it("passes `npm run validate` offline, checked against the release folder and the base URL", () => {
    const r = run(VALIDATOR, ["--base-url", BASE, "--web-root", out, join(out, "manifest.xml")], ["-r", FORBID_NETWORK]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`OK — 安标台账助手 ${PACKAGE_VERSION}.1`);
  });

  it("validate refuses a release manifest naming a URL outside the base", () => {
    const text = readFileSync(join(out, "manifest.xml"), "utf8");
    const stray = join(tmp, "stray.xml");
    writeFileSync(stray, text.replace(`"${BASE}assets/icons/icon-80.png"`, '"https://cdn.example/icon-80.png"'));
    const r = run(VALIDATOR, ["--json", "--base-url", BASE, "--web-root", out, stray], ["-r", FORBID_NETWORK]);
    expect(r.status).toBe(1);
    const [result] = JSON.parse(r.stdout) as { problems: string[] }[];
    expect(result.problems).toEqual([`<bt:Image> (line ${text.split("\n").findIndex((l) => l.includes("icon-80.png\"/>")) + 1}) URL "https://cdn.example/icon-80.png" is not under the base URL ${BASE}`]);
  });

  it("holds pages with relative paths only, content-hashed bundles under js/, office.js with its Excel files, and IIS's web.config", () => {
    for (const page of ["taskpane.html", "commands.html"]) {
      const refs = references(readFileSync(join(out, page), "utf8"));
      expect(refs.length).toBeGreaterThan(0);
      for (const ref of refs) expect(ref).toMatch(/^(?![a-z]+:|\/)/);
      for (const ref of refs) expect(existsSync(join(out, ref))).toBe(true);
    }
    const paneRefs = references(readFileSync(join(out, "taskpane.html"), "utf8"));
    expect(paneRefs).toContain("office-js/office.js");
    expect(paneRefs.filter((r) => /^js\/taskpane\.[0-9a-f]{8}\.js$/.test(r))).toHaveLength(1);
    for (const file of ["office-js/office.js", ...OFFICE_JS_FILES, "web.config", "manifest.xml"]) expect(existsSync(join(out, file))).toBe(true);
    expect(readFileSync(join(out, "taskpane.html"), "utf8")).toContain(`<meta name="anbiao-version" content="${PACKAGE_VERSION}.1">`);
  });

  it("ends by serving the folder on 127.0.0.1 under /anbiao/ and fetching every manifest URL, page file and office.js file: all 200", () => {
    expect(report.check.base).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/anbiao\/$/);
    expect(report.check.problems).toEqual([]);
    const fetched = report.check.fetched.map((f) => f.url);
    const local = (url: string) => `/anbiao/${url.slice(BASE.length)}`;
    const bundles = references(readFileSync(join(out, "taskpane.html"), "utf8")).concat(references(readFileSync(join(out, "commands.html"), "utf8")));
    const expected = ["manifest.xml", ...MANIFEST_URLS.map((u) => u.slice(BASE.length)), ...bundles, "office-js/office.js", ...OFFICE_JS_FILES].map((p) => local(BASE + p));
    expect([...new Set(fetched)].sort()).toEqual([...new Set(expected)].sort());
    expect(report.check.fetched.every((f) => f.status === 200)).toBe(true);
    expect(first.stderr).toMatch(/检查通过 \/ check passed/);
  });
});

/** Each <clientCache> of an IIS web.config with the <location path> it sits under ("" for the site itself). */
function iisClientCaches(xml: string): { path: string; attributes: Record<string, string> }[] {
  const parser = new SaxesParser();
  const found: { path: string; attributes: Record<string, string> }[] = [];
  let location = "";
  parser.on("opentag", (tag) => {
    const attributes = tag.attributes as Record<string, string>;
    if (tag.name === "location") location = attributes.path;
    if (tag.name === "clientCache") found.push({ path: location, attributes });
  });
  parser.on("closetag", (tag) => { if (tag.name === "location") location = ""; });
  parser.write(xml).close();
  return found;
}

describe("the web server settings shipped with a release", () => {
  it("web.config (IIS) is well-formed: no-cache for the site, a year and immutable for js/, and .map and .js types", () => {
    const xml = readFileSync(join(out, "web.config"), "utf8");
    expect(xml).toBe(readFileSync(join(ROOT, "deploy", "iis", "web.config"), "utf8"));
    expect(iisClientCaches(xml)).toEqual([
      { path: "", attributes: { cacheControlMode: "DisableCache" } },
      { path: "js", attributes: { cacheControlMode: "UseMaxAge", cacheControlMaxAge: "365.00:00:00", cacheControlCustom: "public, immutable" } },
    ]);
    expect(xml).toContain('<mimeMap fileExtension=".map" mimeType="application/json" />');
    expect(xml).toContain('<mimeMap fileExtension=".js" mimeType="text/javascript; charset=utf-8" />');
  });

  it("the hashed bundles are exactly what sits under js/, so caching that folder for a year is safe", () => {
    for (const file of readdirSync(join(out, "js"))) expect(file).toMatch(/^[a-z-]+\.[0-9a-f]{8}\.js(\.map|\.LICENSE\.txt)?$/);
    const rootFiles = readdirSync(out).filter((f) => f.endsWith(".js"));
    expect(rootFiles).toEqual([]);
  });
});

describe("npm run release: what it refuses", () => {
  it("fails the check on a missing office.js host file, naming it in Chinese and English", () => {
    const broken = join(tmp, "broken");
    cpSync(out, broken, { recursive: true });
    rmSync(join(broken, "office-js", "excel-win32-16.01.js"));
    const r = release("--check", broken);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^release: 错误：发布不完整：.*\n {2}- 404 \/anbiao\/office-js\/excel-win32-16\.01\.js（office\.js: Excel host file）\n/m);
    expect(r.stderr).toMatch(/^release: error: the release is not whole: 1 URL\(s\) failed on .*\n {2}- 404 \/anbiao\/office-js\/excel-win32-16\.01\.js \(office\.js: Excel host file\)$/m);
  });

  it("fails the check on a page that names a file by absolute path (it would miss the /anbiao/ folder)", () => {
    const absolute = join(tmp, "absolute");
    cpSync(out, absolute, { recursive: true });
    const html = readFileSync(join(absolute, "taskpane.html"), "utf8");
    const changed = html.replace("office-js/office.js", "/office-js/office.js");
    expect(changed).not.toBe(html);
    writeFileSync(join(absolute, "taskpane.html"), changed);
    const r = release("--check", absolute);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("- 404 /office-js/office.js (/anbiao/taskpane.html → /office-js/office.js)");
  });

  it("refuses a base URL that is not https, with one message in Chinese and English, and writes nothing", () => {
    const target = join(tmp, "http");
    const r = release("--base-url", "http://intranet.example/anbiao/", "--web-dir", WEB_DIR, "--out", target);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(
      'release: 错误：--base-url "http://intranet.example/anbiao/" 不是 https 地址：Excel 只加载 https 网址上的加载项（仅本机 localhost 可用 http 试用）。请为服务器配置证书后使用 https://…\n' +
        'release: error: --base-url "http://intranet.example/anbiao/" is not an https URL: Excel only loads add-ins from https (plain http is accepted for localhost trials only). Give the server a certificate and use https://…\n',
    );
    expect(existsSync(target)).toBe(false);
  });

  it("accepts plain http on localhost, for a trial on one machine", () => {
    const r = release("--base-url", "http://localhost:8080/anbiao", "--web-dir", WEB_DIR, "--out", join(tmp, "localhost"), "--json");
    expect(r.stderr).not.toMatch(/error/);
    expect(r.status).toBe(0);
    expect(readFileSync(join(tmp, "localhost", "manifest.xml"), "utf8")).toContain('<SourceLocation DefaultValue="http://localhost:8080/anbiao/taskpane.html"/>');
  });

  it("refuses an output folder that holds something other than an earlier release", () => {
    const foreign = join(tmp, "foreign");
    mkdirSync(foreign);
    writeFileSync(join(foreign, "notes.txt"), "keep me");
    const r = release("--base-url", BASE, "--web-dir", WEB_DIR, "--out", foreign);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`the output folder ${foreign} is neither empty nor an earlier release of this add-in`);
    expect(readdirSync(foreign)).toEqual(["notes.txt"]);
  });
});

/**
 * The one request to another host that office.js itself makes: 3 s after it loads
 * o15apptofilemappingtable.js (which it does in a plain browser and on Office 2013), that file's
 * ULS logger adds a hidden iframe from Microsoft's telemetry service. It is Microsoft's code, not
 * ours; the test aborts it and keeps it apart so that any other outside request still fails.
 */
const OFFICE_JS_TELEMETRY_FRAME = "https://telemetryservice.firstpartyapps.oaspapps.com/telemetryservice/telemetryproxy.html";

/** What a released page did: console and script errors, failed responses, requests off 127.0.0.1 (aborted), office.js's telemetry frame (aborted). */
interface ReleasedPageLog { consoleErrors: string[]; pageErrors: string[]; foreign: string[]; failed: string[]; officeJsTelemetry: string[] }

/** The log with office.js's own telemetry frame checked and set aside: at most that one URL. */
function withoutOfficeJsTelemetry({ officeJsTelemetry, ...rest }: ReleasedPageLog) {
  for (const url of officeJsTelemetry) expect(url).toBe(OFFICE_JS_TELEMETRY_FRAME);
  return rest;
}

/** A page of the released pane at the local server, recording what ReleasedPageLog lists. */
async function openReleased(path: string): Promise<{ page: Page; log: ReleasedPageLog }> {
  const context = await browser.newContext({ locale: "zh-CN", viewport: { width: 360, height: 560 } });
  const page = await context.newPage();
  const log: ReleasedPageLog = { consoleErrors: [], pageErrors: [], foreign: [], failed: [], officeJsTelemetry: [] };
  page.on("console", (msg) => { if (msg.type() === "error") log.consoleErrors.push(msg.text()); });
  page.on("pageerror", (err) => log.pageErrors.push(err.message));
  page.on("response", (res) => { if (res.status() >= 400) log.failed.push(`${res.status()} ${res.url()}`); });
  await context.route("**/*", (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === "data:" || url.protocol === "blob:" || url.hostname === "127.0.0.1") return route.continue();
    (url.href === OFFICE_JS_TELEMETRY_FRAME ? log.officeJsTelemetry : log.foreign).push(url.href);
    return route.abort();
  });
  await page.goto(server.base + path, { waitUntil: "load" });
  return { page, log };
}

/** The manifest's SourceLocation with the base URL rewritten to the local server: where Excel would open the pane. */
function localSourceLocation(): string {
  const text = readFileSync(join(out, "manifest.xml"), "utf8");
  const source = /<SourceLocation DefaultValue="([^"]+)"/.exec(text)?.[1] ?? "";
  expect(source.startsWith(BASE)).toBe(true);
  return source.slice(BASE.length);
}

/**
 * A later build: dist/web with its taskpane bundle changed (it marks the window) and renamed by
 * its new content hash, as webpack would name it, without a second webpack run.
 */
function makeLaterBuild(dir: string): string {
  cpSync(WEB_DIR, dir, { recursive: true });
  const html = readFileSync(join(dir, "taskpane.html"), "utf8");
  const oldRef = references(html).find((r) => /^js\/taskpane\.[0-9a-f]{8}\.js$/.test(r)) ?? "";
  const code = `${readFileSync(join(dir, oldRef), "utf8")}\n;window.anbiaoLaterBuild = true;\n`;
  const newRef = `js/taskpane.${createHash("sha256").update(code).digest("hex").slice(0, 8)}.js`;
  rmSync(join(dir, oldRef));
  writeFileSync(join(dir, newRef), code);
  writeFileSync(join(dir, "taskpane.html"), html.replace(oldRef, newRef));
  return newRef;
}

describe("the released pane in chromium", () => {
  it("loads from the manifest's SourceLocation under /anbiao/, shows its release version in the footer, and asks nothing of any other host", async () => {
    const { page, log } = await openReleased(localSourceLocation());
    await page.getByRole("heading", { name: "安标台账助手" }).waitFor({ state: "visible" });
    await page.getByText("未在 Excel 中运行", { exact: false }).waitFor({ state: "visible" });
    await expect(page.locator("footer").innerText()).resolves.toBe(`安标台账助手 ${PACKAGE_VERSION}.1`);
    await expect(page.evaluate(() => typeof (window as { Office?: unknown }).Office)).resolves.toBe("object");
    await page.waitForLoadState("networkidle");
    expect(withoutOfficeJsTelemetry(log)).toEqual({ consoleErrors: [], pageErrors: [], foreign: [], failed: [] });
    await page.context().close();
  });

  it("loads the ribbon's function file (commands.html) with no errors", async () => {
    const { page, log } = await openReleased("commands.html");
    await page.waitForLoadState("networkidle");
    expect(withoutOfficeJsTelemetry(log)).toEqual({ consoleErrors: [], pageErrors: [], foreign: [], failed: [] });
    await page.context().close();
  });

  it("a second release over the first keeps an open pane's files, and the pane shows the new version once reloaded", async () => {
    const { page, log } = await openReleased(localSourceLocation());
    await expect(page.locator("footer").innerText()).resolves.toBe(`安标台账助手 ${PACKAGE_VERSION}.1`);
    const openScripts = await page.evaluate(() => [...document.scripts].map((s) => s.src));

    const laterRef = makeLaterBuild(join(tmp, "later-build"));
    const second = release("--base-url", BASE, "--web-dir", join(tmp, "later-build"), "--out", out, "--json");
    expect(second.status).toBe(0);
    expect(JSON.parse(second.stdout)).toMatchObject({ version: `${PACKAGE_VERSION}.2`, previous: `${PACKAGE_VERSION}.1`, check: { problems: [] } });

    // The open pane still finds every script of the release it started from.
    const statuses = await page.evaluate(async (urls) => Promise.all(urls.map(async (u) => (await fetch(u)).status)), openScripts);
    expect(statuses).toEqual(openScripts.map(() => 200));
    const bundles = readdirSync(join(out, "js")).filter((f) => /^taskpane\.[0-9a-f]{8}\.js$/.test(f));
    expect(bundles).toHaveLength(2);
    expect(bundles).toContain(laterRef.slice("js/".length));

    await page.reload({ waitUntil: "load" });
    await expect(page.locator("footer").innerText()).resolves.toBe(`安标台账助手 ${PACKAGE_VERSION}.2`);
    await expect(page.evaluate(() => (window as { anbiaoLaterBuild?: boolean }).anbiaoLaterBuild)).resolves.toBe(true);
    await page.waitForLoadState("networkidle");
    expect(withoutOfficeJsTelemetry(log)).toEqual({ consoleErrors: [], pageErrors: [], foreign: [], failed: [] });
    await page.context().close();

    const backwards = release("--base-url", BASE, "--web-dir", WEB_DIR, "--out", out, "--build", "1");
    expect(backwards.status).toBe(2);
    expect(backwards.stderr).toContain(`the new version ${PACKAGE_VERSION}.1 is not above ${PACKAGE_VERSION}.2, already in the output folder`);
  });
});
