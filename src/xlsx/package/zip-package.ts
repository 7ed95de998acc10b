import { zipSync, type Zippable } from "fflate";
import type { Package } from "./package";

// Already-compressed media gain nothing from deflate; storing them saves time on large images.
const STORED = /\.(png|jpe?g|gif|emf|wmf|bin|zip)$/i;

/** Zips a package in its part order (so [Content_Types].xml stays first when it was). */
export function zipPackage(pkg: Package): Uint8Array {
  const files: Zippable = {};
  for (const [name, bytes] of pkg) files[name] = [bytes, { level: STORED.test(name) ? 0 : 6 }];
  return zipSync(files);
}
