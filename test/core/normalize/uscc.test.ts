import { normalizeUscc, orgCodeCheckChar, usccCheck, usccCheckChar } from "../../../src/core/normalize";
import type { CellValue } from "../../../src/core/grid/grid";
import { USCC_ALPHABET } from "../../../src/core/normalize/uscc";

/** GB 32100-2015's own example code, and another published valid code. */
const VALID = ["91350100M000100Y43", "91110000802100433B"];

describe("normalizeUscc", () => {
  it.each<[CellValue, string | null]>([
    ["91350100m000100y43", "91350100M000100Y43"],
    [" 9135 0100-M000 100Y43 ", "91350100M000100Y43"],
    ["９１３５０１００Ｍ０００１００Ｙ４３", "91350100M000100Y43"],
    ["91350100MOOO1OOY43", "91350100MOOO1OOY43"],
    ["", null],
    [null, null],
  ])("normalizes %p to %p, keeping O and I as typed", (raw, out) => {
    expect(normalizeUscc(raw)).toBe(out);
  });
});

describe("usccCheck", () => {
  it.each(VALID)("accepts %p", (code) => {
    expect(usccCheck(code)).toEqual({ ok: true });
  });

  it("computes the published check characters", () => {
    expect(usccCheckChar("91350100M000100Y4")).toBe("3");
    expect(orgCodeCheckChar("M000100Y")).toBe("4");
  });

  it.each<[string, string, string | undefined]>([
    ["91350100M000100Y4", "length", undefined],
    ["91350100M000100Y433", "length", undefined],
    ["91350100MOOO1OOY43", "o-for-zero", "91350100M000100Y43"],
    ["9I350100M000100Y43", "i-for-one", "91350100M000100Y43"],
    ["91350100M000100Y4S", "alphabet", undefined],
    ["91350100M000100Y44", "check-digit", "3"],
    ["91350100M000100Y53", "org-check-digit", "4"],
  ])("flags %p as %p", (code, problem, expected) => {
    const r = usccCheck(code);
    expect(r).toEqual(expected === undefined ? { ok: false, problem } : { ok: false, problem, expected });
  });

  it("never corrects O/I itself: the normalized code keeps them", () => {
    const code = normalizeUscc("91350100mooo1ooy43")!;
    expect(code).toContain("O");
    expect(usccCheck(code)).toMatchObject({ ok: false, problem: "o-for-zero", expected: "91350100M000100Y43" });
  });
});

describe("usccCheck reads the code in place", () => {
  // usccCheck computes both check characters from the code itself, not from slices of it: it must
  // agree with orgCodeCheckChar and usccCheckChar given the slices, over codes that pass and fail.
  const reference = (code: string) => {
    const org = orgCodeCheckChar(code.slice(8, 16));
    if (org !== null && org !== code[16]) return { ok: false, problem: "org-check-digit", expected: org };
    const check = usccCheckChar(code.slice(0, 17));
    return check !== code[17] ? { ok: false, problem: "check-digit", expected: check ?? undefined } : { ok: true };
  };
  let seed = 7;
  const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
  const alphabet = USCC_ALPHABET;
  const codes: string[] = [];
  for (let i = 0; i < 3000; i++) {
    let body = "";
    for (let j = 0; j < 17; j++) body += alphabet[next(alphabet.length)];
    const org = orgCodeCheckChar(body.slice(8, 16));
    // A third with a right org check, a ninth of those with a right final check too.
    if (org !== null && i % 3 === 0) body = body.slice(0, 16) + org;
    const last = i % 9 === 0 ? (usccCheckChar(body) ?? "0") : alphabet[next(alphabet.length)];
    codes.push(body + last);
  }

  it("gives the results the sliced check characters give", () => {
    expect(codes.filter((c) => usccCheck(c).ok).length).toBeGreaterThan(100);
    for (const code of codes) expect([code, usccCheck(code)]).toEqual([code, reference(code)]);
  });
});
