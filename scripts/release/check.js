// The check that ends a release: serve the folder on 127.0.0.1 under the base URL's path and fetch
// every URL the manifest names, every file its pages reference, and the files office.js loads for
// Excel, so a 404 shows up here and not on a clerk's machine.
const fs = require("fs");
const path = require("path");
const { parseXml, urlValues, walk, URL_ELEMENTS } = require("../manifest-checks");
const { ReleaseError } = require("./release-error");
const { serveRelease } = require("./serve");

/** Excel platforms office.js may be told it runs on; android is not in its version map and takes the default. */
const EXTRA_PLATFORMS = ["android"];

/** Every URL the manifest names (DefaultValue and Override values of URL elements), with the element that names it. */
function manifestUrls(tree) {
  const urls = [];
  for (const { node } of walk(tree)) {
    if (URL_ELEMENTS.has(node.name)) for (const url of urlValues(node)) urls.push({ url, why: `manifest <${node.name}>` });
  }
  return urls;
}

/** The locales the manifest speaks (DefaultLocale, Override Locale), lowercased as office.js names its string folders. */
function manifestLocales(tree) {
  const locales = new Set(["en-us"]); // office.js's own fallback
  for (const { node } of walk(tree)) {
    if (node.name === "DefaultLocale") locales.add(node.text.trim().toLowerCase());
    if (/(^|:)Override$/.test(node.name) && node.attributes.Locale) locales.add(node.attributes.Locale.toLowerCase());
  }
  return [...locales];
}

/** The src and href attribute values of a page's markup, quoted or not (the minifier drops quotes). */
function pageReferences(html) {
  return [...html.matchAll(/\s(?:src|href)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi)].map((m) => m[1] ?? m[2] ?? m[3]);
}

/**
 * The host files office.js loads for Excel: <excel>-<platform>-<version>.js for every platform in
 * its HostSpecificFileVersionMap and every version from 16.00 up to the one named there (a host
 * may report an older one), read from office.js itself so an upgrade of @microsoft/office-js
 * cannot slip past.
 */
function excelHostFiles(officeJs) {
  const map = /HostSpecificFileVersionMap=\{[^;]*?excel:\{([^}]*)\}/.exec(officeJs);
  const fallback = /HostSpecificFileVersionDefault="(\d+)\.(\d+)"/.exec(officeJs);
  if (!map || !fallback) return undefined;
  const caps = [...map[1].matchAll(/(\w+):"(\d+)\.(\d+)"/g)].map((m) => [m[1], Number(m[2]), Number(m[3])]);
  for (const platform of EXTRA_PLATFORMS) if (!caps.some((c) => c[0] === platform)) caps.push([platform, Number(fallback[1]), Number(fallback[2])]);
  const files = [];
  for (const [platform, major, minor] of caps) {
    for (let m = 0; m <= minor; m++) files.push(`excel-${platform}-${major}.${String(m).padStart(2, "0")}.js`);
  }
  return files;
}

/** Fetches url and reports its status (0 when the request itself failed). */
async function fetchStatus(url) {
  try {
    const res = await fetch(url);
    const body = Buffer.from(await res.arrayBuffer());
    return { status: res.status, body };
  } catch (err) {
    return { status: 0, body: Buffer.alloc(0), error: String(err.message || err) };
  }
}

/** Serves outDir at baseUrl's path on 127.0.0.1 and fetches everything a pane in Excel would; returns { base, fetched, problems }. */
async function checkRelease(outDir, baseUrl) {
  const manifestFile = path.join(outDir, "manifest.xml");
  if (!fs.existsSync(manifestFile)) {
    throw new ReleaseError(`${outDir} 中没有 manifest.xml，不是一个发布文件夹`, `${outDir} holds no manifest.xml: it is not a release folder`);
  }
  const tree = parseXml(fs.readFileSync(manifestFile, "utf8"));
  const server = await serveRelease(outDir, new URL(baseUrl).pathname);
  const problems = [];
  const fetched = [];
  const seen = new Set();
  const local = (url) => server.base + url.slice(baseUrl.length);
  const shown = (url) => url.slice(server.origin.length);

  /** Fetches a URL once; a non-200 answer is a problem naming what asked for it. */
  async function get(url, why) {
    if (seen.has(url)) return undefined;
    seen.add(url);
    const { status, body, error } = await fetchStatus(url);
    fetched.push({ url: shown(url), status, why });
    if (status !== 200) {
      problems.push({
        zh: `${status || "无法连接"} ${shown(url)}（${why}）`,
        en: `${status || "no answer"} ${shown(url)} (${why})${error ? `: ${error}` : ""}`,
      });
      return undefined;
    }
    return body;
  }

  try {
    const pages = [];
    for (const { url, why } of [{ url: `${baseUrl}manifest.xml`, why: "manifest.xml" }, ...manifestUrls(tree)]) {
      if (!url.startsWith(baseUrl)) {
        problems.push({ zh: `${url} 不在发布地址 ${baseUrl} 之下（${why}）`, en: `${url} is not under the release's base URL ${baseUrl} (${why})` });
        continue;
      }
      const body = await get(local(url), why);
      if (body && url.endsWith(".html")) pages.push({ url: local(url), html: body.toString("utf8") });
    }
    let officeJsUrl;
    let officeJs;
    for (const page of pages) {
      const name = shown(page.url);
      for (const ref of pageReferences(page.html)) {
        const target = new URL(ref, page.url);
        if (target.protocol === "data:") continue;
        if (target.origin !== server.origin) {
          problems.push({ zh: `${name} 引用了其他网站的文件 ${ref}：内网中无法访问`, en: `${name} references ${ref} on another host: the intranet cannot reach it` });
          continue;
        }
        const body = await get(target.href, `${name} → ${ref}`);
        if (body && target.pathname.endsWith("/office.js")) {
          officeJsUrl = target;
          officeJs = body.toString("utf8");
        }
      }
    }
    if (!officeJsUrl) {
      problems.push({ zh: "任务窗格页面没有从本站加载 office.js", en: "the pane's pages load no office.js from the add-in's own site" });
    } else {
      const hostFiles = excelHostFiles(officeJs);
      if (!hostFiles) {
        problems.push({
          zh: "在 office.js 中找不到宿主文件版本表（HostSpecificFileVersionMap），无法确定它要加载的文件",
          en: "office.js has no host file version table (HostSpecificFileVersionMap): cannot tell which files it loads",
        });
      }
      const wants = [
        ["o15apptofilemappingtable.js", "office.js: host mapping table"],
        ...(hostFiles || []).map((f) => [f, "office.js: Excel host file"]),
        ...manifestLocales(tree).map((l) => [`${l}/office_strings.js`, "office.js: strings"]),
      ];
      for (const [file, why] of wants) await get(new URL(file, officeJsUrl).href, why);
    }
  } finally {
    await server.close();
  }
  return { base: server.base, fetched, problems };
}

module.exports = { checkRelease, excelHostFiles, manifestLocales, manifestUrls, pageReferences };
