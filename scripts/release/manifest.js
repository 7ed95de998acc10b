// The release's manifest.xml: the repository's manifest (written for the dev server) with every URL
// moved under the base URL and the release's version. The result is checked by checkManifest.
const { parseXml, walk } = require("../manifest-checks");
const { ReleaseError } = require("./release-error");

/** The dev server's origin the template's URLs start with, read from its <DefaultSettings><SourceLocation>. */
function templateOrigin(tree) {
  for (const { node, ancestors } of walk(tree)) {
    if (node.name === "SourceLocation" && ancestors.some((a) => a.name === "DefaultSettings") && node.attributes.DefaultValue) {
      return `${new URL(node.attributes.DefaultValue).origin}/`;
    }
  }
  throw new ReleaseError("manifest.xml 没有 <DefaultSettings><SourceLocation>", "manifest.xml has no <DefaultSettings><SourceLocation>");
}

/** The <Version> and <Id> of a manifest's text, or undefined where absent. */
function manifestIdentity(text) {
  const tree = parseXml(text);
  const pick = (name) => {
    for (const { node, ancestors } of walk(tree)) if (node.name === name && ancestors.length === 1) return node.text.trim();
    return undefined;
  };
  return { id: pick("Id"), version: pick("Version") };
}

/** The template with its dev origin replaced by baseUrl everywhere and <Version> set to version. */
function releaseManifest(templateText, { baseUrl, version }) {
  const origin = templateOrigin(parseXml(templateText));
  const versions = templateText.match(/<Version>[^<]*<\/Version>/g) || [];
  if (versions.length !== 1) {
    throw new ReleaseError(`manifest.xml 应有且只有一个 <Version>，实有 ${versions.length} 个`, `manifest.xml must have exactly one <Version>, it has ${versions.length}`);
  }
  return templateText.split(origin).join(baseUrl).replace(versions[0], `<Version>${version}</Version>`);
}

module.exports = { manifestIdentity, releaseManifest };
