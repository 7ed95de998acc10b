import { digitsAt, findBytes, findBytesBackward, plainNumberAt, asciiBytes, textPrefix } from "../../../src/xlsx/lean/xml-bytes";

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);
const number = (s: string): number => plainNumberAt(bytes(s), 0, bytes(s).length);

describe("xml-bytes: reading numbers and finding tags in UTF-8 bytes", () => {
  it("reads plain decimals of up to 15 digits exactly as Number() reads their text", () => {
    let seed = 11;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let k = 0; k < 5000; k++) {
      const digits = Array.from({ length: 1 + next(15) }, () => String(next(10))).join("");
      const point = next(digits.length + 1);
      const sign = ["", "-", "+"][next(3)];
      const text = `${sign}${digits.slice(0, point)}${point < digits.length || next(2) ? "." : ""}${digits.slice(point)}`;
      expect([text, number(text)]).toEqual([text, Number(text)]);
    }
    expect(Object.is(number("-0"), -0)).toBe(true);
    expect(number("44844.25")).toBe(44844.25);
    expect(number("0.1")).toBe(0.1);
  });

  it("leaves everything else to the general path (NaN): exponents, spaces, 16 digits, stray signs and points", () => {
    for (const text of ["1E3", "1.5e-2", " 1", "1 ", "1234567890123456", "0.0000000000000001", "1.2.3", "", "-", "+", ".", "--1", "1-", "１２"]) {
      expect([text, number(text)]).toEqual([text, NaN]);
    }
  });

  it("reads 1–15 plain digits as a whole number and refuses anything else", () => {
    expect(digitsAt(bytes("x123456789012345y"), 1, 16)).toBe(123456789012345);
    expect(digitsAt(bytes("1234567890123456"), 0, 16)).toBe(-1);
    expect(digitsAt(bytes("12a"), 0, 3)).toBe(-1);
    expect(digitsAt(bytes(""), 0, 0)).toBe(-1);
  });

  it("finds a tag forwards and backwards by its bytes, past Chinese text", () => {
    const b = bytes("<si><t>苏州</t></si><si><t>常熟</t></si>");
    const siOpen = asciiBytes("<si");
    const second = findBytes(b, siOpen, 1);
    expect(second).toBe(bytes("<si><t>苏州</t></si>").length);
    expect(findBytesBackward(b, siOpen, b.length)).toBe(second);
    expect(findBytesBackward(b, siOpen, second)).toBe(0);
    expect(findBytes(b, asciiBytes("</x>"), 0)).toBe(-1);
  });

  it("cuts a message's quoted text at 40 characters, whatever their byte width", () => {
    const text = "苏".repeat(30) + "😀".repeat(30);
    const b = bytes(text);
    expect(textPrefix(b, 0, b.length)).toBe(text.slice(0, 40));
  });
});
