import { FakeExcel } from "./excel/fake-excel";

function seeded(level: "1.7" | "1.13"): FakeExcel {
  const fake = new FakeExcel({ level });
  fake.seedGrid({ name: "图表", origin: { row: 1, col: 1 }, values: [["地区", "实际完成"], ["常熟", 0.5], ["合计", 0.5]] });
  return fake;
}

describe("fake Excel charts (strict like the real API)", () => {
  it("a chart's name is readable only after load and sync", async () => {
    const fake = seeded("1.13");
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("图表");
      ws.charts.add("ColumnClustered", ws.getRange("B2:B3"), "Columns");
      await ctx.sync();
      const charts = ws.charts.load("items/name");
      expect(() => charts.items).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await ctx.sync();
      expect(charts.items.map((c) => c.name)).toEqual(["Chart 1"]);
    });
    expect(fake.sheet("图表").charts[0].series.map((s) => s.values)).toEqual(["'图表'!$B$2:$B$3"]);
  });

  it("members above the host's level throw ApiNotFound (an axis number format is 1.8)", async () => {
    await seeded("1.7").run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("图表");
      const chart = ws.charts.add("ColumnClustered", ws.getRange("B2:B3"), "Columns");
      expect(() => { chart.axes.valueAxis.numberFormat = "0%"; }).toThrow(expect.objectContaining({ code: "ApiNotFound" }));
    });
  });

  it("a series index the chart does not have fails the sync, and Excel's 'Auto' guess is not faked", async () => {
    const fake = seeded("1.13");
    await expect(fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("图表");
      ws.charts.add("ColumnClustered", ws.getRange("B2:B3"), "Columns").series.getItemAt(1).name = "年度目标";
      await ctx.sync();
    })).rejects.toMatchObject({ code: "ItemNotFound" });
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("图表");
      expect(() => ws.charts.add("ColumnClustered", ws.getRange("A1:B3"))).toThrow(/not implemented/);
    });
  });

  it("plotVisibleOnly and displayBlanksAs are 1.8 and apply at sync (Excel's defaults before: hidden cells left out, blanks as gaps); a column hides at sync", async () => {
    await seeded("1.7").run(async (ctx) => {
      const chart = ctx.workbook.worksheets.getItem("图表").charts.add("ColumnClustered", ctx.workbook.worksheets.getItem("图表").getRange("B2:B3"), "Columns");
      expect(() => { chart.plotVisibleOnly = false; }).toThrow(expect.objectContaining({ code: "ApiNotFound" }));
      expect(() => { chart.displayBlanksAs = "NotPlotted"; }).toThrow(expect.objectContaining({ code: "ApiNotFound" }));
    });
    const fake = seeded("1.13");
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("图表");
      const chart = ws.charts.add("ColumnClustered", ws.getRange("B2:B3"), "Columns");
      ws.getRange("B2").columnHidden = true;
      await ctx.sync();
      expect([fake.sheet("图表").charts[0].plotVisibleOnly, fake.sheet("图表").charts[0].displayBlanksAs]).toEqual([true, "NotPlotted"]);
      chart.plotVisibleOnly = false;
      chart.displayBlanksAs = "Zero";
      expect(fake.sheet("图表").charts[0].plotVisibleOnly).toBe(true);
      await ctx.sync();
    });
    expect([fake.sheet("图表").charts[0].plotVisibleOnly, fake.sheet("图表").charts[0].displayBlanksAs]).toEqual([false, "Zero"]);
    expect([...fake.sheet("图表").hiddenColumns]).toEqual([2]);
  });
});
