import { type Package, partText } from "./package";
import { attr, scanTags } from "./xml-tags";

/** The [Content_Types].xml part name. */
export const CONTENT_TYPES = "[Content_Types].xml";

/** The content type a package declares for a part: its Override, else the Default for its extension. */
export function contentTypeOf(pkg: Package, part: string): string | undefined {
  const tags = scanTags(partText(pkg, CONTENT_TYPES) ?? "");
  const override = tags.find((t) => t.local === "Override" && attr(t.attrs, "PartName")?.toLowerCase() === `/${part}`.toLowerCase());
  if (override) return attr(override.attrs, "ContentType");
  const ext = part.slice(part.lastIndexOf(".") + 1).toLowerCase();
  const def = tags.find((t) => t.local === "Default" && attr(t.attrs, "Extension")?.toLowerCase() === ext);
  return def ? attr(def.attrs, "ContentType") : undefined;
}

/** Every content type the package declares, Defaults and Overrides alike. */
export function declaredContentTypes(pkg: Package): string[] {
  return scanTags(partText(pkg, CONTENT_TYPES) ?? "")
    .filter((t) => (t.local === "Override" || t.local === "Default") && t.kind !== "close")
    .map((t) => attr(t.attrs, "ContentType") ?? "");
}
