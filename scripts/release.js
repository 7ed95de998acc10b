// `npm run release -- --base-url https://intranet.example/anbiao/`: a folder to copy to any static
// web server (the built pane, office.js, icons, web.config for IIS) and a manifest.xml whose every
// URL is under that base, with a version one above the last release in the folder. It validates
// the manifest offline and ends by serving the folder on 127.0.0.1 and fetching everything Excel
// would; any 404 fails the release. README, "部署到本单位内网 / Deploying on a bureau's network".
//
// Options: --base-url URL (required) · --out DIR (default dist/release; earlier releases there are
// kept) · --web-dir DIR (use an existing `npm run build:web` output instead of building) ·
// --build N (the version's 4th part; default one more than the folder's) · --json (a report on
// stdout) · --check DIR (only serve and fetch an existing release folder).
const { spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { checkManifest } = require("./manifest-checks");
const { parseBaseUrl } = require("./release/base-url");
const { checkRelease } = require("./release/check");
const { manifestIdentity, releaseManifest } = require("./release/manifest");
const { previousRelease, publish } = require("./release/publish");
const { ReleaseError } = require("./release/release-error");
const { nextVersion } = require("./release/version");

const ROOT = path.join(__dirname, "..");
const TEMPLATE = path.join(ROOT, "manifest.xml");
const WEB_CONFIG = path.join(ROOT, "deploy", "iis", "web.config");

/** Options from argv; an unknown or incomplete option is a usage error. */
function parseArgs(argv) {
  const args = { out: path.join(ROOT, "dist", "release"), json: false };
  const value = (i, name) => {
    if (argv[i + 1] === undefined || argv[i + 1].startsWith("--")) throw new ReleaseError(`${name} 后面缺少值`, `${name} needs a value`);
    return argv[i + 1];
  };
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i];
    if (name === "--json") args.json = true;
    else if (name === "--base-url") args.baseUrl = value(i++, name);
    else if (name === "--out") args.out = path.resolve(value(i++, name));
    else if (name === "--web-dir") args.webDir = path.resolve(value(i++, name));
    else if (name === "--check") args.check = path.resolve(value(i++, name));
    else if (name === "--build") {
      const text = value(i++, name);
      if (!/^\d+$/.test(text)) throw new ReleaseError(`--build "${text}" 应为整数`, `--build "${text}" must be a whole number`);
      args.build = Number(text);
    } else {
      throw new ReleaseError(
        `不认识的参数 ${name}。用法：npm run release -- --base-url https://内网地址/anbiao/ [--out 文件夹] [--web-dir 构建结果] [--build 编号] [--json]`,
        `unknown option ${name}. Usage: npm run release -- --base-url https://host/anbiao/ [--out DIR] [--web-dir DIR] [--build N] [--json]`,
      );
    }
  }
  return args;
}

/** Builds the pane with webpack into dist/web; its output goes to stderr so --json keeps stdout clean. */
function buildWeb() {
  const webpack = require.resolve("webpack/bin/webpack.js");
  const run = spawnSync(process.execPath, [webpack, "--mode", "production"], { cwd: ROOT, stdio: ["ignore", 2, 2] });
  if (run.status !== 0) throw new ReleaseError("webpack 构建失败（见上方输出）", "the webpack build failed (see its output above)", 1);
  return path.join(ROOT, "dist", "web");
}

/** Validates the release manifest offline before anything is written: every URL under the base, icons present in the build. */
async function validate(manifestText, webDir, baseUrl) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "anbiao-release-"));
  try {
    const file = path.join(dir, "manifest.xml");
    fs.writeFileSync(file, manifestText);
    const { problems } = await checkManifest(file, { webRoot: webDir, baseUrl, allowHttpLoopback: baseUrl.startsWith("http:") });
    if (problems.length > 0) {
      throw new ReleaseError(`生成的 manifest.xml 未通过校验：\n  - ${problems.join("\n  - ")}`, `the release's manifest.xml fails validation:\n  - ${problems.join("\n  - ")}`, 1);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Fails the release on any problem the check found, listing each. */
function requireWhole(check) {
  if (check.problems.length === 0) return;
  throw new ReleaseError(
    `发布不完整：在 ${check.base} 上有 ${check.problems.length} 个地址取不到：\n  - ${check.problems.map((p) => p.zh).join("\n  - ")}`,
    `the release is not whole: ${check.problems.length} URL(s) failed on ${check.base}:\n  - ${check.problems.map((p) => p.en).join("\n  - ")}`,
    1,
  );
}

/** Prints progress to stderr in --json mode (stdout holds the report), to stdout otherwise. */
function say(args, line) {
  (args.json ? process.stderr : process.stdout).write(`release: ${line}\n`);
}

async function checkOnly(args) {
  const manifestFile = path.join(args.check, "manifest.xml");
  if (!fs.existsSync(manifestFile)) throw new ReleaseError(`${args.check} 中没有 manifest.xml，不是一个发布文件夹`, `${args.check} holds no manifest.xml: it is not a release folder`);
  const text = fs.readFileSync(manifestFile, "utf8");
  const source = /<SourceLocation\s+DefaultValue="([^"]+)"/.exec(text);
  const baseUrl = args.baseUrl ? parseBaseUrl(args.baseUrl) : source && new URL(".", source[1]).href;
  if (!baseUrl) throw new ReleaseError(`${manifestFile} 没有 <SourceLocation>，请用 --base-url 指出发布地址`, `${manifestFile} has no <SourceLocation>: pass --base-url`);
  const check = await checkRelease(args.check, baseUrl);
  if (args.json) console.log(JSON.stringify({ version: manifestIdentity(text).version, baseUrl, outDir: args.check, check }, null, 2));
  requireWhole(check);
  say(args, `检查通过 / check passed: ${check.fetched.length} 个地址 / URLs, 全部 / all 200 (${check.base})`);
}

async function release(args) {
  const baseUrl = parseBaseUrl(args.baseUrl);
  const template = fs.readFileSync(TEMPLATE, "utf8");
  const previous = previousRelease(args.out, manifestIdentity(template).id);
  const version = nextVersion(require(path.join(ROOT, "package.json")).version, previous, args.build);
  const webDir = args.webDir || buildWeb();
  const manifestText = releaseManifest(template, { baseUrl, version });
  await validate(manifestText, webDir, baseUrl);
  const { files } = publish({ webDir, outDir: args.out, version, manifestText, extras: [{ from: WEB_CONFIG, to: "web.config" }] });
  say(args, `版本 / version ${version}${previous ? ` (之前 / was ${previous})` : ""} → ${args.out}, ${files.length} 个文件 / files; manifest.xml 校验通过 / validated`);
  const check = await checkRelease(args.out, baseUrl);
  if (args.json) console.log(JSON.stringify({ version, previous, baseUrl, outDir: args.out, files, check }, null, 2));
  requireWhole(check);
  say(args, `检查通过 / check passed: 在本机 / served on ${check.base} 取回 / fetched ${check.fetched.length} 个地址 / URLs, 全部 / all 200`);
  say(args, `把文件夹 ${args.out} 复制到 ${baseUrl} 对应的服务器目录（保留旧文件），再把其中的 manifest.xml 交给用户`);
  say(args, `copy the folder ${args.out} to the server directory behind ${baseUrl} (keep the old files), then give clerks its manifest.xml`);
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  await (args.check ? checkOnly(args) : release(args));
}

main().catch((err) => {
  if (!(err instanceof ReleaseError)) throw err;
  console.error(`release: 错误：${err.zh}`);
  console.error(`release: error: ${err.en}`);
  process.exitCode = err.exitCode;
});
