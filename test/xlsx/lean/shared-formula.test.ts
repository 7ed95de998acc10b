import { slideFormula } from "../../../src/xlsx/lean/shared-formula";

describe("slideFormula", () => {
  it("moves relative references by the dependent's offset and keeps absolute parts", () => {
    expect(slideFormula("B2*$C$1+C$1+$D2", 2, 1, 5, 3)).toBe("D5*$C$1+E$1+$D5");
  });

  it("leaves string literals, function names, quoted sheet names and named ranges alone", () => {
    expect(slideFormula('IF(A1>0,"A1",LOG10(A1))', 1, 1, 2, 1)).toBe('IF(A2>0,"A1",LOG10(A2))');
    expect(slideFormula("'Sheet A1'!B1+Sheet1!B1", 1, 1, 3, 1)).toBe("'Sheet A1'!B3+Sheet1!B3");
  });

  it("gives #REF! for a reference moved off the sheet", () => {
    expect(slideFormula("A2", 2, 2, 1, 1)).toBe("#REF!");
  });
});
