import type { MessageParams } from "../../core/i18n/lang";
import { ZipFormatError } from "./zip-archive";

/**
 * A damaged spot in a part's XML found by a scanner at byte index `at` of the bytes it was handed;
 * scanPart turns `at` into the character offset in the whole part and adds the part's name.
 */
export class PartDamage extends Error {
  override readonly name = "PartDamage";
  constructor(readonly key: string, readonly at: number, readonly params: MessageParams = {}) {
    super(key);
  }

  /** The error naming the part and the damaged spot's 1-based character offset, given its 0-based one. */
  inPart(part: string, characterOffset: number): ZipFormatError {
    return new ZipFormatError(this.key, { ...this.params, part, offset: characterOffset + 1 });
  }
}

/** An element opened at `at` whose end tag never comes within the element that holds it. */
export function unclosed(tag: string, at: number): PartDamage {
  return new PartDamage("damage.xml.unclosed", at, { tag });
}
