/** An OPC package as read from a zip: part names (no leading "/") to uncompressed bytes, in zip order. */
export type Package = Map<string, Uint8Array>;

const encoder = new TextEncoder();
const decoder = new TextDecoder("utf-8", { ignoreBOM: true });

/** A part's text (UTF-8, byte-order mark kept so an unedited round trip is exact). */
export function partText(pkg: Package, name: string): string | undefined {
  const bytes = pkg.get(name);
  return bytes === undefined ? undefined : decoder.decode(bytes);
}

/** Sets a part from text, encoded as UTF-8. */
export function setPartText(pkg: Package, name: string, text: string): void {
  pkg.set(name, encoder.encode(text));
}

/** The .rels part that holds a part's relationships ("xl/workbook.xml" → "xl/_rels/workbook.xml.rels"). */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** Resolves a relationship target against the part that holds it, to a part name without a leading "/". */
export function resolveTarget(source: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const base = source.slice(0, source.lastIndexOf("/") + 1);
  const out: string[] = [];
  for (const seg of (base + target).split("/")) {
    if (seg === "..") out.pop();
    else if (seg !== "." && seg !== "") out.push(seg);
  }
  return out.join("/");
}

/** A target for `to` relative to the folder of `from` (both part names). */
export function relativeTarget(from: string, to: string): string {
  const a = from.split("/").slice(0, -1);
  const b = to.split("/");
  let i = 0;
  while (i < a.length && i < b.length - 1 && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => ".."), ...b.slice(i)].join("/");
}

/** The first name "prefixN.ext" (N from 1) that no part of the package has and none reserved. */
export function freePartName(pkg: Package, prefix: string, ext: string, reserved: Set<string>): string {
  const lower = new Set([...pkg.keys(), ...reserved].map((n) => n.toLowerCase()));
  for (let n = 1; ; n++) {
    const name = `${prefix}${n}${ext}`;
    if (!lower.has(name.toLowerCase())) {
      reserved.add(name);
      return name;
    }
  }
}
