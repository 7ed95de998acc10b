// Offline checks of the add-in manifest, shared by `npm run validate` (scripts/validate-manifest.js)
// and the jest test (test/manifest/). office-addin-manifest's readManifestFile reads the file with
// fs and xml2js only (its validateManifest would call Microsoft's service, so it is not used);
// the rest is walked with saxes because the reader does not expose Requirements or VersionOverrides.
const fs = require("fs");
const path = require("path");
const { SaxesParser } = require("saxes");
const { OfficeAddinManifest } = require("office-addin-manifest");

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const VERSION = /^\d{1,5}(\.\d{1,5}){1,3}$/;
const MIN_EXCEL_API = "1.7";
/** Elements whose DefaultValue (and Override Value) is a URL the host fetches. */
const URL_ELEMENTS = new Set(["IconUrl", "HighResolutionIconUrl", "SupportUrl", "SourceLocation", "bt:Image", "bt:Url", "LearnMoreUrl"]);
/** Elements whose URL points to an image that must exist under the web root. */
const ICON_ELEMENTS = new Set(["IconUrl", "HighResolutionIconUrl", "bt:Image"]);
/** Pixel size Office expects for the top-level icons. */
const ICON_SIZES = { IconUrl: 32, HighResolutionIconUrl: 64 };
/** Hosts an http URL may name when a check allows loopback http (a release for a trial on one machine). */
const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);
/** Length limits of the manifest schema (ShortString 125, LongString 250). */
const MAX_LENGTH = { DisplayName: 125, Description: 250, "bt:ShortStrings": 125, "bt:LongStrings": 250 };

/** Parses XML text into a tree of { name, attributes, children, text, line }. Throws on malformed XML. */
function parseXml(text) {
  const parser = new SaxesParser();
  const root = { name: "#document", attributes: {}, children: [], text: "", line: 0 };
  const stack = [root];
  parser.on("opentag", (tag) => {
    const node = { name: tag.name, attributes: { ...tag.attributes }, children: [], text: "", line: parser.line };
    stack[stack.length - 1].children.push(node);
    stack.push(node);
  });
  parser.on("text", (t) => { stack[stack.length - 1].text += t; });
  parser.on("closetag", () => { stack.pop(); });
  parser.on("error", (err) => { throw err; });
  parser.write(text).close();
  return root;
}

/** Every element of the tree with its ancestors, depth first. */
function* walk(node, ancestors = []) {
  for (const child of node.children) {
    yield { node: child, ancestors };
    yield* walk(child, [...ancestors, child]);
  }
}

/** Folds a multi-line parser message onto one line. */
function oneLine(message) {
  return String(message).replace(/\s+/g, " ").trim();
}

/** Compares dotted versions numerically: negative, zero or positive. */
function compareVersions(a, b) {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] || 0) - (pb[i] || 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** Width and height of a PNG file, or null if it is not a PNG. */
function pngSize(file) {
  const head = fs.readFileSync(file).subarray(0, 24);
  if (head.length < 24 || head.toString("latin1", 1, 4) !== "PNG") return null;
  return { width: head.readUInt32BE(16), height: head.readUInt32BE(20) };
}

/** The URL values an element carries: its DefaultValue and every child Override's Value. */
function urlValues(node) {
  const values = [];
  if (node.attributes.DefaultValue !== undefined) values.push(node.attributes.DefaultValue);
  for (const child of node.children) {
    if (/(^|:)Override$/.test(child.name) && child.attributes.Value !== undefined) values.push(child.attributes.Value);
  }
  return values;
}

/**
 * Checks a manifest file offline. webRoot is the folder the https://host/ URLs map onto (the repo
 * root in source, where assets/icons lives; dist/web after a build). With baseUrl (a release),
 * every URL must lie under it and maps onto webRoot from there; allowHttpLoopback lets http URLs
 * on localhost pass. Returns the reader's info and a list of problems, each a full sentence
 * naming the element, line and value.
 */
async function checkManifest(manifestPath, { webRoot = path.dirname(manifestPath), baseUrl, allowHttpLoopback = false } = {}) {
  const problems = [];
  const where = (node) => `<${node.name}> (line ${node.line})`;
  const secure = (value) => value.startsWith("https://") || (allowHttpLoopback && isLoopbackHttp(value));
  const fileOf = (url) => urlFile(url, webRoot, baseUrl);

  let info;
  try {
    info = await OfficeAddinManifest.readManifestFile(manifestPath);
  } catch (err) {
    return { info: undefined, problems: [`cannot read the manifest: ${oneLine(err.message)}`] };
  }
  let tree;
  try {
    tree = parseXml(fs.readFileSync(manifestPath, "utf8"));
  } catch (err) {
    return { info, problems: [`the manifest is not well-formed XML: ${oneLine(err.message)}`] };
  }

  if (info.officeAppType !== "TaskPaneApp") problems.push(`OfficeApp xsi:type is "${info.officeAppType}", expected "TaskPaneApp"`);
  if (!GUID.test(info.id || "")) problems.push(`<Id> is "${info.id}", expected a GUID like 0a526abb-2116-4995-824e-18c227c17407`);
  if (!VERSION.test(info.version || "")) problems.push(`<Version> is "${info.version}", expected n.n.n.n (e.g. 1.0.0.0)`);
  if (!info.providerName) problems.push("<ProviderName> is missing");
  if (!info.displayName) problems.push("<DisplayName DefaultValue> is missing");
  if (!info.description) problems.push("<Description DefaultValue> is missing");
  if (!(info.hosts || []).includes("Workbook")) problems.push(`<Hosts> is [${info.hosts}], expected it to include Workbook (Excel)`);
  if (info.permissions !== "ReadWriteDocument") problems.push(`<Permissions> is "${info.permissions}", expected "ReadWriteDocument"`);
  if (!info.defaultSettings || !info.defaultSettings.sourceLocation) problems.push("<DefaultSettings><SourceLocation> is missing");

  const ids = new Set();
  const excelApiSets = [];
  const ribbonIcons = [];
  for (const { node, ancestors } of walk(tree)) {
    if (node.attributes.id !== undefined && ancestors.some((a) => a.name === "Resources")) ids.add(node.attributes.id);
    if (node.name === "Set" && node.attributes.Name === "ExcelApi" && ancestors.some((a) => a.name === "Requirements")) excelApiSets.push(node);

    for (const [name, value] of Object.entries(node.attributes)) {
      if (name === "xmlns" || name.startsWith("xmlns:")) continue; // namespace names, never fetched
      if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value) && !secure(value)) {
        problems.push(`${where(node)} ${name}="${value}" is not an https URL`);
      }
    }
    if (URL_ELEMENTS.has(node.name)) {
      for (const value of urlValues(node)) {
        if (!secure(value)) {
          if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) problems.push(`${where(node)} URL "${value}" is not an https URL`);
          continue;
        }
        if (baseUrl && !value.startsWith(baseUrl)) {
          problems.push(`${where(node)} URL "${value}" is not under the base URL ${baseUrl}`);
          continue;
        }
        if (ICON_ELEMENTS.has(node.name)) problems.push(...checkIcon(node, value, fileOf(value), where(node)));
      }
    }
    const parent = ancestors[ancestors.length - 1];
    const limit = MAX_LENGTH[node.name] || (node.name === "bt:String" && parent ? MAX_LENGTH[parent.name] : undefined);
    if (limit) {
      for (const value of [node.attributes.DefaultValue, ...node.children.map((c) => c.attributes.Value)]) {
        if (value !== undefined && [...value].length > limit) {
          problems.push(`${where(node)} text is ${[...value].length} characters, the limit is ${limit}`);
        }
      }
    }
    if (node.name === "bt:Image" && node.attributes.size && node.attributes.resid) ribbonIcons.push(node);
  }

  if (excelApiSets.length === 0) problems.push(`<Requirements> has no <Set Name="ExcelApi">, expected MinVersion ${MIN_EXCEL_API} or higher`);
  for (const set of excelApiSets) {
    const min = set.attributes.MinVersion || "";
    if (!/^\d+(\.\d+)*$/.test(min) || compareVersions(min, MIN_EXCEL_API) < 0) {
      problems.push(`${where(set)} ExcelApi MinVersion is "${min}", expected ${MIN_EXCEL_API} or higher`);
    }
  }
  for (const { node } of walk(tree)) {
    const resid = node.attributes.resid;
    if (resid !== undefined && !ids.has(resid)) problems.push(`${where(node)} resid="${resid}" is not defined under <Resources>`);
  }
  problems.push(...checkRibbonIconSizes(tree, ribbonIcons, fileOf, secure));
  return { info, problems };
}

/** Whether a URL is plain http on this machine (localhost, 127.0.0.1, [::1]). */
function isLoopbackHttp(value) {
  try {
    const url = new URL(value);
    return url.protocol === "http:" && LOOPBACK_HOSTS.has(url.hostname);
  } catch {
    return false;
  }
}

/** The file a URL names: its path under webRoot, counted from baseUrl when the URL lies under it. */
function urlFile(url, webRoot, baseUrl) {
  const relative = baseUrl && url.startsWith(baseUrl) ? new URL(url).pathname.slice(new URL(baseUrl).pathname.length) : new URL(url).pathname;
  return path.join(webRoot, decodeURIComponent(relative));
}

/** A ribbon <Icon><bt:Image size="N" resid> must point at an existing N x N image resource. */
function checkRibbonIconSizes(tree, ribbonIcons, fileOf, secure) {
  const images = new Map();
  for (const { node } of walk(tree)) {
    if (node.name === "bt:Image" && node.attributes.id && node.attributes.DefaultValue) images.set(node.attributes.id, node.attributes.DefaultValue);
  }
  const problems = [];
  for (const icon of ribbonIcons) {
    const url = images.get(icon.attributes.resid);
    if (!url || !secure(url)) continue; // reported above as an undefined resid or a non-https URL
    const file = fileOf(url);
    const size = fs.existsSync(file) ? pngSize(file) : null;
    const want = Number(icon.attributes.size);
    if (size && (size.width !== want || size.height !== want)) {
      problems.push(`<bt:Image size="${want}"> (line ${icon.line}) uses ${url}, which is ${size.width}x${size.height}`);
    }
  }
  return problems;
}

/** An icon URL must map to an existing PNG file, of the size the element asks for. */
function checkIcon(node, url, file, whereText) {
  if (!fs.existsSync(file)) return [`${whereText} icon ${url} has no file at ${path.relative(process.cwd(), file) || file}`];
  const size = pngSize(file);
  if (!size) return [`${whereText} icon ${file} is not a PNG file`];
  const expected = ICON_SIZES[node.name];
  if (expected && (size.width !== expected || size.height !== expected)) {
    return [`${whereText} icon ${url} is ${size.width}x${size.height}, expected ${expected}x${expected}`];
  }
  return [];
}

module.exports = { checkManifest, compareVersions, isLoopbackHttp, parseXml, urlValues, walk, MIN_EXCEL_API, URL_ELEMENTS };
