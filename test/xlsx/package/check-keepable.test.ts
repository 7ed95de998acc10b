import { UserError } from "../../../src/core/errors";
import { t } from "../../../src/core/i18n/translate";
import { intoCopyBytes } from "../../../src/xlsx/package";
import { craft, plainEntries } from "./fixtures/craft-package";
import { summarySpec } from "./fixtures/summary-spec";

async function refusal(bytes: Uint8Array): Promise<UserError> {
  try {
    await intoCopyBytes(bytes, "台账.xlsm", [summarySpec()]);
  } catch (err) {
    if (err instanceof UserError) return err;
    throw err;
  }
  throw new Error("expected a refusal");
}

const MACRO_TYPE = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";
const PLAIN_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

describe("checkKeepable (inputs a copy could not keep whole)", () => {
  let entries: Record<string, Uint8Array>;
  beforeAll(async () => {
    entries = await plainEntries();
  });

  it("refuses an .xlsm with its macros, naming the file and the part", async () => {
    const xlsm = craft(entries, {
      "[Content_Types].xml": (x) => x.replace(PLAIN_TYPE, MACRO_TYPE).replace("</Types>", '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>'),
    }, { "xl/vbaProject.bin": "not really VBA, only its name matters" });
    const err = await refusal(xlsm);
    expect(err.key).toBe("package.macros");
    expect(t(err.key, err.params, "zh-CN")).toBe("台账.xlsm 含宏（xl/vbaProject.bin）：另存带汇总表的副本会丢失宏，已停止。请改用默认模式（只输出汇总表的新工作簿）");
    expect(t(err.key, err.params, "en")).toContain("台账.xlsm contains macros (xl/vbaProject.bin)");
  });

  it("refuses a macro-enabled content type even without a VBA part", async () => {
    const err = await refusal(craft(entries, { "[Content_Types].xml": (x) => x.replace(PLAIN_TYPE, MACRO_TYPE) }));
    expect([err.key, err.params.part]).toEqual(["package.macros", MACRO_TYPE]);
  });

  it("refuses a template workbook as not a plain .xlsx", async () => {
    const template = "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml";
    const err = await refusal(craft(entries, { "[Content_Types].xml": (x) => x.replace(PLAIN_TYPE, template) }));
    expect([err.key, err.params.part, err.params.type]).toEqual(["package.notPlainWorkbook", "xl/workbook.xml", template]);
  });

  it("refuses a digitally signed workbook", async () => {
    const err = await refusal(craft(entries, {}, { "_xmlsignatures/sig1.xml": "<Signature/>" }));
    expect([err.key, err.params.part]).toEqual(["package.signed", "_xmlsignatures/sig1.xml"]);
  });

  it("refuses a workbook whose structure is protected", async () => {
    const err = await refusal(craft(entries, { "xl/workbook.xml": (x) => x.replace("<sheets>", '<workbookProtection lockStructure="1"/><sheets>') }));
    expect(err.key).toBe("package.protected");
  });

  it("refuses Strict Open XML", async () => {
    const strict = (x: string) => x.replace("http://schemas.openxmlformats.org/spreadsheetml/2006/main", "http://purl.oclc.org/ooxml/spreadsheetml/main");
    const err = await refusal(craft(entries, { "xl/workbook.xml": strict }));
    expect(err.key).toBe("package.strict");
  });

  it("refuses an encrypted package, a file that is not a zip and a zip without a workbook like openWorkbook does", async () => {
    const cfb = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect((await refusal(cfb)).key).toBe("input.encrypted");
    const text = await refusal(new TextEncoder().encode("地区,底数\n"));
    expect([text.key, text.params.detail]).toEqual(["input.notXlsx", "no zip signature"]);
    const bare = await refusal(craft({}, {}, { "readme.txt": "hello" }));
    expect([bare.key, bare.params.detail]).toEqual(["input.notXlsx", "no workbook part"]);
  });
});
