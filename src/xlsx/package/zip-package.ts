import type { Package } from "./package";
import { writeZip } from "./write-zip";

/** Zips a package in its part order; parts never edited keep their original compressed bytes. */
export function zipPackage(pkg: Package): Uint8Array {
  return writeZip(pkg.entries());
}
