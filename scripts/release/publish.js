// Writes a build (dist/web) into the release folder. Nothing already there is deleted: a pane that
// is open keeps loading the content-hashed bundles of the release it started from. Files land in
// an order that keeps the folder coherent while it is written: bundles and office.js first, then
// the pages that name them, then the manifest that names the pages.
const fs = require("fs");
const path = require("path");
const { manifestIdentity } = require("./manifest");
const { ReleaseError } = require("./release-error");

/** Files a build must hold for a release to make sense. */
const REQUIRED = ["taskpane.html", "commands.html", "office-js/office.js"];
/** The meta tag the footer reads its version from (src/taskpane/build-version.ts), quoted or not (the minifier drops quotes). */
const VERSION_META = /<meta\b[^>]*\bname=(["']?)anbiao-version\1(?=[\s/>])[^>]*>/gi;

/** Every file under dir, as paths relative to it with "/" separators. */
function listFiles(dir, prefix = "") {
  const files = [];
  for (const entry of fs.readdirSync(path.join(dir, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) files.push(...listFiles(dir, rel));
    else if (entry.isFile()) files.push(rel);
  }
  return files;
}

/** The version of the release already in outDir, undefined for an empty or new folder; refuses a folder holding anything else. */
function previousRelease(outDir, addinId) {
  if (!fs.existsSync(outDir) || fs.readdirSync(outDir).length === 0) return undefined;
  const manifest = path.join(outDir, "manifest.xml");
  const identity = fs.existsSync(manifest) ? manifestIdentity(fs.readFileSync(manifest, "utf8")) : {};
  if (identity.id !== addinId) {
    throw new ReleaseError(
      `输出文件夹 ${outDir} 不是空的，也不是本加载项以前的发布（没有 Id 为 ${addinId} 的 manifest.xml）；为免覆盖别的文件，请换一个文件夹（--out）`,
      `the output folder ${outDir} is neither empty nor an earlier release of this add-in (no manifest.xml with Id ${addinId}); choose another folder (--out) so nothing else is overwritten`,
    );
  }
  return identity.version;
}

/** taskpane.html with the release's version in its anbiao-version meta tag. */
function stampVersion(html, version) {
  if ((html.match(VERSION_META) || []).length !== 1) {
    throw new ReleaseError(
      'taskpane.html 中应有且只有一个 <meta name="anbiao-version" content="…">（任务窗格页脚从这里读取版本）',
      'taskpane.html must have exactly one <meta name="anbiao-version" content="…"> (the pane\'s footer reads its version there)',
    );
  }
  return html.replace(VERSION_META, `<meta name="anbiao-version" content="${version}">`);
}

/** Copies webDir into outDir (keeping every older file), stamps the version, adds extras, then writes the manifest. */
function publish({ webDir, outDir, version, manifestText, extras = [] }) {
  const missing = REQUIRED.filter((f) => !fs.existsSync(path.join(webDir, f)));
  if (missing.length > 0) {
    throw new ReleaseError(
      `构建结果 ${webDir} 缺少 ${missing.join("、")}：请先运行 npm run build:web，或去掉 --web-dir 让本命令自己构建`,
      `the build in ${webDir} lacks ${missing.join(", ")}: run npm run build:web first, or drop --web-dir to let this command build`,
    );
  }
  const files = listFiles(webDir);
  const pages = files.filter((f) => f.endsWith(".html"));
  const write = (rel, data) => {
    const target = path.join(outDir, rel);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, data);
  };
  for (const rel of files.filter((f) => !pages.includes(f))) write(rel, fs.readFileSync(path.join(webDir, rel)));
  for (const { from, to } of extras) write(to, fs.readFileSync(from));
  for (const rel of pages) {
    const html = fs.readFileSync(path.join(webDir, rel), "utf8");
    write(rel, rel === "taskpane.html" ? stampVersion(html, version) : html);
  }
  write("manifest.xml", manifestText);
  return { files: [...files, ...extras.map((e) => e.to), "manifest.xml"] };
}

module.exports = { listFiles, previousRelease, publish, stampVersion };
