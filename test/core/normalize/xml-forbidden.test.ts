import { firstXmlForbidden } from "../../../src/core/normalize/xml-forbidden";

/** XML 1.0's Char production, written out code point by code point: what the fast test must agree with. */
function allowed(cp: number): boolean {
  return cp === 0x9 || cp === 0xa || cp === 0xd || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff);
}

const hex = (cp: number) => `U+${cp.toString(16).toUpperCase().padStart(4, "0")}`;

describe("firstXmlForbidden", () => {
  it("names every forbidden code unit of the BMP alone and inside text, and passes every allowed one", () => {
    const wrong: string[] = [];
    for (let cu = 0; cu <= 0xffff; cu++) {
      const expected = allowed(cu) && !(cu >= 0xd800 && cu <= 0xdfff) ? null : hex(cu);
      const ch = String.fromCharCode(cu);
      if (firstXmlForbidden(ch) !== expected || firstXmlForbidden(`企业${ch}名称`) !== expected) wrong.push(hex(cu));
    }
    expect(wrong).toEqual([]);
  });

  it("passes surrogate pairs (astral characters) and names a lone surrogate next to one", () => {
    expect(firstXmlForbidden("𠀀企业😀")).toBeNull();
    expect(firstXmlForbidden("😀\uD800")).toBe("U+D800");
    expect(firstXmlForbidden("\uDC00😀")).toBe("U+DC00");
    expect(firstXmlForbidden("a\u0001b\uFFFE")).toBe("U+0001");
  });
});
