import { addDays, addYears, isIsoDate } from "../../../src/core/calendar/iso-date";
import { validOn, validUntil } from "../../../src/core/calendar/validity";

describe("calendar", () => {
  it.each([
    ["2022-08-19", 3, "2025-08-19"],
    ["2020-02-29", 3, "2023-02-28"],
    ["2020-02-29", 4, "2024-02-29"],
  ])("addYears(%s, %i) = %s", (d, n, out) => expect(addYears(d, n)).toBe(out));

  it("adds days across month and year ends", () => {
    expect(addDays("2022-12-31", 1)).toBe("2023-01-01");
    expect(addDays("2025-03-01", -1)).toBe("2025-02-28");
  });

  it("recognises real dates only", () => {
    expect(isIsoDate("2022-02-28")).toBe(true);
    expect(isIsoDate("2022-02-30")).toBe(false);
  });

  it("takes the stated expiry, else issue + 3 years − 1 day", () => {
    expect(validUntil({ issueDate: "2022-08-19", expiryDate: null })).toBe("2025-08-18");
    expect(validUntil({ issueDate: "2022-08-19", expiryDate: "2025-08-19" })).toBe("2025-08-19");
    expect(validUntil({ issueDate: null, expiryDate: null })).toBeNull();
  });

  it("is valid from issue through the last day, unknown without dates", () => {
    const rec = { issueDate: "2022-08-19", expiryDate: null };
    expect(validOn(rec, "2025-08-18")).toBe(true);
    expect(validOn(rec, "2025-08-19")).toBe(false);
    expect(validOn(rec, "2022-08-18")).toBe(false);
    expect(validOn({ issueDate: null, expiryDate: null }, "2022-01-01")).toBeNull();
  });
});
