import { UserError } from "../../src/core/errors";
import { catalogKeys } from "../../src/core/i18n/translate";
import { errorSentence } from "../../src/taskpane/flow/error-message";

/** The codes OFFICE-JS.md lists (compared as strings) and those Excel raises for the pane's actions. */
const CODES = [
  "InvalidOperationInCellEditMode", "RequestPayloadSizeLimitExceeded", "ResponsePayloadSizeLimitExceeded", "RangeExceedsLimit",
  "OperationCellsExceedLimit", "ItemNotFound", "ItemAlreadyExists", "InvalidObjectPath", "AccessDenied", "ApiNotFound",
  "InsertDeleteConflict", "Conflict", "ActivityLimitReached", "GeneralException",
];

function officeError(code: string): Error & { code: string } {
  return Object.assign(new Error(`raw office text for ${code}`), { code });
}

describe("errorSentence", () => {
  let quiet: jest.SpyInstance;
  beforeEach(() => {
    quiet = jest.spyOn(console, "error").mockImplementation(() => undefined);
  });
  afterEach(() => quiet.mockRestore());

  it.each(CODES)("gives %s its own catalog sentence in both languages, without Excel's raw text", (code) => {
    expect(catalogKeys("zh-CN")).toContain(`pane.error.code.${code}`);
    expect(catalogKeys("en")).toContain(`pane.error.code.${code}`);
    for (const lang of ["zh-CN", "en"] as const) {
      const sentence = errorSentence(officeError(code), lang);
      expect(sentence).not.toContain("pane.error");
      expect(sentence).not.toContain("raw office text");
      expect(sentence.endsWith(lang === "en" ? "." : "。")).toBe(true);
    }
  });

  it("names an unknown code and keeps Excel's words inside the generic Office sentence", () => {
    expect(errorSentence(officeError("SomethingNew"), "en")).toBe("Excel refused the action (SomethingNew): raw office text for SomethingNew. Leave cell editing and try again.");
  });

  it("gives a UserError its own message and logs nothing", () => {
    expect(errorSentence(new UserError("pane.needsCheck"), "zh-CN")).toBe("请先运行「检查台账」。");
    expect(quiet).not.toHaveBeenCalled();
  });

  it("puts a plain error's first line inside the generic sentence", () => {
    expect(errorSentence(new Error("boom\n    at stack"), "en")).toBe("The action did not finish: boom. Try again; if it keeps failing, use the standalone page or the command line.");
  });
});
