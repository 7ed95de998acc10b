import { detectHost, REQUIRED_EXCEL_API } from "../../src/excel/host";

type Global = { Office?: unknown; navigator?: unknown };
const g = globalThis as Global;

/** A fake Office global: onReady settles as given, isSetSupported answers apiOk. */
function fakeOffice(onReady: () => Promise<unknown>, apiOk = true, displayLanguage = "zh-CN") {
  return {
    HostType: { Excel: "Excel", Word: "Word" },
    onReady: jest.fn(onReady),
    context: { displayLanguage, requirements: { isSetSupported: jest.fn(() => apiOk) } },
  };
}

afterEach(() => {
  delete g.Office;
  delete g.navigator;
});

describe("detectHost", () => {
  it("reports Excel, its platform and ExcelApi 1.7 support when onReady says the host is Excel", async () => {
    const office = fakeOffice(() => Promise.resolve({ host: "Excel", platform: "OfficeOnline" }));
    g.Office = office;
    await expect(detectHost()).resolves.toEqual({ kind: "excel", platform: "OfficeOnline", apiOk: true, language: "zh-CN" });
    expect(office.context.requirements.isSetSupported).toHaveBeenCalledWith(REQUIRED_EXCEL_API.name, "1.7");
  });

  it("reports apiOk false when ExcelApi 1.7 is not supported", async () => {
    g.Office = fakeOffice(() => Promise.resolve({ host: "Excel", platform: "PC" }), false, "en-US");
    await expect(detectHost()).resolves.toEqual({ kind: "excel", platform: "PC", apiOk: false, language: "en-US" });
  });

  it("reports a plain browser when there is no Office global (office.js failed to load)", async () => {
    Object.defineProperty(globalThis, "navigator", { value: { language: "en-GB" }, configurable: true, writable: true });
    await expect(detectHost()).resolves.toEqual({ kind: "browser", language: "en-GB" });
  });

  it("reports a plain browser when office.js runs outside Office (onReady host null)", async () => {
    g.Office = fakeOffice(() => Promise.resolve({ host: null, platform: null }));
    await expect(detectHost()).resolves.toEqual({ kind: "browser", language: undefined });
  });

  it("reports a plain browser when the host is another Office application", async () => {
    g.Office = fakeOffice(() => Promise.resolve({ host: "Word", platform: "PC" }));
    await expect(detectHost()).resolves.toMatchObject({ kind: "browser" });
  });

  it("reports a plain browser when onReady never settles", async () => {
    g.Office = fakeOffice(() => new Promise(() => undefined));
    const started = Date.now();
    await expect(detectHost({ timeoutMs: 50 })).resolves.toMatchObject({ kind: "browser" });
    expect(Date.now() - started).toBeGreaterThanOrEqual(45);
  });

  it("passes on an onReady failure instead of hiding it", async () => {
    g.Office = fakeOffice(() => Promise.reject(new Error("host handshake failed")));
    await expect(detectHost()).rejects.toThrow("host handshake failed");
  });
});
