/**
 * The version this page was built or released as: webpack writes package.json's version into
 * taskpane.html's <meta name="anbiao-version">, `npm run release` stamps the release's 4-part
 * version over it. Read from the page, not the bundle, so one build serves every release.
 */
export function readBuildVersion(doc: Document): string | undefined {
  const content = doc.querySelector('meta[name="anbiao-version"]')?.getAttribute("content")?.trim();
  return content ? content : undefined;
}
