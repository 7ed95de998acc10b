import { FakeExcel } from "./excel/fake-excel";

function fakeWithSheet(level: "1.7" | "1.13" = "1.13", payloadBytes?: number): FakeExcel {
  const fake = new FakeExcel({ level, limits: payloadBytes ? { payloadBytes } : {} });
  fake.seedGrid({ name: "台账", origin: { row: 1, col: 1 }, values: [["企业名称", "地区"], ["甲公司", "常熟"]] });
  return fake;
}

describe("FakeExcel strictness (what real Excel demands)", () => {
  it("throws PropertyNotLoaded on a read before load", async () => {
    const fake = fakeWithSheet();
    await expect(fake.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("台账").getRange("A1:B2");
      await ctx.sync();
      return r.values;
    })).rejects.toMatchObject({ code: "PropertyNotLoaded" });
  });

  it("throws PropertyNotLoaded on a read after load but before sync, and gives the values after it", async () => {
    const fake = fakeWithSheet();
    const seen = await fake.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("台账").getRange("A1:B2").load("values");
      let early: unknown;
      try {
        early = r.values;
      } catch (err) {
        early = (err as { code: string }).code;
      }
      await ctx.sync();
      return { early, late: r.values };
    });
    expect(seen).toEqual({ early: "PropertyNotLoaded", late: [["企业名称", "地区"], ["甲公司", "常熟"]] });
  });

  it("applies queued writes only at sync", async () => {
    const fake = fakeWithSheet();
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("台账").getRange("B2").values = [["昆山"]];
      expect(fake.sheet("台账").value(1, 1)).toBe("常熟");
      await ctx.sync();
      expect(fake.sheet("台账").value(1, 1)).toBe("昆山");
    });
  });

  it("answers isNullObject only after sync, true for a missing sheet", async () => {
    const fake = fakeWithSheet();
    const got = await fake.run(async (ctx) => {
      const missing = ctx.workbook.worksheets.getItemOrNullObject("无此表");
      const present = ctx.workbook.worksheets.getItemOrNullObject("台账");
      expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await ctx.sync();
      return [missing.isNullObject, present.isNullObject];
    });
    expect(got).toEqual([true, false]);
  });

  it("throws InvalidObjectPath when a proxy is used after its Excel.run ended", async () => {
    const fake = fakeWithSheet();
    const range = await fake.run(async (ctx) => ctx.workbook.worksheets.getItem("台账").getRange("A1").load("values"));
    expect(() => range.values).toThrow(expect.objectContaining({ code: "InvalidObjectPath" }));
  });

  it("fails a sync whose response is above the payload limit, and one whose request is", async () => {
    const fake = fakeWithSheet("1.13", 400);
    fake.sheet("台账").setValue(2, 0, "长".repeat(200));
    await expect(fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("台账").getRange("A1:B3").load("values");
      await ctx.sync();
    })).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    await expect(fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("台账").getRange("A1:B1").values = [["名".repeat(100), "区".repeat(100)]];
      await ctx.sync();
    })).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(fake.sheet("台账").value(0, 0)).toBe("企业名称");
  });

  it("returns null for a range load above 5,000,000 cells", async () => {
    const fake = fakeWithSheet();
    const values = await fake.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("台账").getRangeByIndexes(0, 0, 500_000, 11).load("values");
      await ctx.sync();
      return r.values;
    });
    expect(values).toBeNull();
  });

  it("counts syncs with their request and response bytes; an empty sync makes no round trip", async () => {
    const fake = fakeWithSheet();
    await fake.run(async (ctx) => {
      await ctx.sync();
      ctx.workbook.worksheets.getItem("台账").getRange("A2").load("values");
      await ctx.sync();
    });
    expect(fake.syncs).toHaveLength(1);
    // [["甲公司"]] is 13 UTF-8 bytes, plus the property name.
    expect(fake.syncs[0].responseBytes).toBeGreaterThanOrEqual(13);
    expect(fake.syncs[0].requestBytes).toBeGreaterThan(0);
  });

  it("answers isSetSupported for its level and throws on APIs above it", async () => {
    const fake = fakeWithSheet("1.7");
    expect([fake.isSetSupported("ExcelApi", "1.7"), fake.isSetSupported("ExcelApi", "1.9"), fake.isSetSupported("ExcelApi", "1.13")]).toEqual([true, false, false]);
    await expect(fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("台账").getRange("A1").getMergedAreasOrNullObject();
    })).rejects.toMatchObject({ code: "ApiNotFound" });
    await expect(fake.run(async (ctx) => {
      void ctx.workbook.worksheets.getItem("台账").customProperties;
    })).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  it("throws 'not implemented: NAME' for anything it does not implement", async () => {
    const fake = fakeWithSheet();
    await expect(fake.run(async (ctx) => {
      void (ctx.workbook.worksheets.getItem("台账") as unknown as { shapes: unknown }).shapes;
    })).rejects.toThrow("not implemented: Worksheet.shapes");
    await expect(fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("台账").getRange("A1").load("valueTypes");
    })).rejects.toThrow('not implemented: Range.load("valueTypes")');
  });

  it("fails a batch in cell-edit mode unless it asked to wait (delayForCellEdit, 1.11+)", async () => {
    const old = new FakeExcel({ level: "1.9" });
    old.seedGrid({ name: "S", origin: { row: 1, col: 1 }, values: [[1]] });
    old.setCellEditMode(true);
    const load = async (ctx: Excel.RequestContext) => { ctx.workbook.worksheets.getItem("S").getRange("A1").load("values"); await ctx.sync(); };
    await expect(old.run({ delayForCellEdit: true }, load)).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
    const modern = new FakeExcel({ level: "1.13" });
    modern.seedGrid({ name: "S", origin: { row: 1, col: 1 }, values: [[1]] });
    modern.setCellEditMode(true);
    await expect(modern.run({ delayForCellEdit: true }, load)).resolves.toBeUndefined();
  });
});

describe("FakeExcel payload accounting", () => {
  it("counts a proxy passed as an argument as a reference, not as the workbook behind it", async () => {
    const fake = fakeWithSheet();
    fake.sheet("台账").setValue(5, 0, "大".repeat(100_000));
    await fake.run(async (ctx) => {
      ctx.workbook.names.add("anbiao.gen.test", ctx.workbook.worksheets.getItem("台账").getRange("A1"));
      await ctx.sync();
    });
    expect(fake.syncs[0].requestBytes).toBeLessThan(500);
    expect(fake.model.names.get("anbiao.gen.test")).toBe("='台账'!$A$1");
  });
});
