import { builtInFormat, isDateFormat } from "../../../src/xlsx/lean/number-formats";

describe("isDateFormat", () => {
  it("accepts date and time codes outside brackets and quotes", () => {
    for (const code of ["yyyy-mm-dd", 'yyyy"年"m"月"d"日"', "[$-804]yyyy/m/d", "h:mm", "[h]:mm:ss", "mm-dd-yy"]) expect(isDateFormat(code)).toBe(true);
  });

  it("rejects General, numbers, percents, text and codes whose letters are all quoted or bracketed", () => {
    for (const code of ["General", "0", "0.00%", "#,##0.00", "@", '0"天"', "[Red]0.00", null]) expect(isDateFormat(code)).toBe(false);
  });
});

describe("builtInFormat", () => {
  it("maps the built-in ids rosters and count tables use, with zh-CN codes for the locale date ids", () => {
    expect(builtInFormat(0)).toBe("General");
    expect(builtInFormat(9)).toBe("0%");
    expect(builtInFormat(10)).toBe("0.00%");
    expect(builtInFormat(14)).toBe("mm-dd-yy");
    expect(builtInFormat(31)).toBe('yyyy"年"m"月"d"日"');
    expect(builtInFormat(57)).toBe('yyyy"年"m"月"');
    expect(builtInFormat(163)).toBeNull();
  });
});
