#!/usr/bin/python3
"""Builds a feature-rich .xlsx with LibreOffice (headless, driven over UNO), for the lossless
into-copy tests: a roster sheet with data validation, conditional formats, comments and an image,
a chart, a pivot table (with its cache), workbook and sheet defined names, a hidden sheet, and a
user's own sheet named like a generated one ("附件1").

Usage: /usr/bin/python3 scripts/make-rich-fixture.py OUT.xlsx [ROWS]
Needs the Debian packages libreoffice-calc and python3-uno (the system python3 carries `uno`).
"""
import os
import struct
import sys
import zlib

import uno
from com.sun.star.awt import Point, Size
from com.sun.star.table import CellAddress, CellRangeAddress

from lo_session import office, prop




def png_bytes(width=8, height=8):
    """A small red-and-white PNG, drawn here so the fixture holds no opaque binary."""
    rows = b""
    for y in range(height):
        rows += b"\x00" + b"".join(b"\xff\x00\x00" if (x + y) % 2 == 0 else b"\xff\xff\xff" for x in range(width))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")




DISTRICTS = ["张家港市", "常熟市", "太仓市", "昆山市", "吴江区"]
GRADES = ["一级", "二级", "三级", "小微"]


def fill_roster(sheet, rows):
    header = ["序号", "企业名称", "地区", "等级", "底数", "已达标"]
    data = [header]
    for i in range(1, rows + 1):
        data.append([i, "苏州某某制造有限公司%d" % i, DISTRICTS[i % len(DISTRICTS)], GRADES[i % len(GRADES)], 1, i % 3 == 0 and 1 or 0])
    # setDataArray wants a rectangular tuple of tuples; numbers stay numbers.
    area = sheet.getCellRangeByPosition(0, 0, len(header) - 1, rows)
    area.setDataArray(tuple(tuple(r) for r in data))


def add_validation(sheet, rows):
    area = sheet.getCellRangeByName("D2:D%d" % (rows + 1))
    v = area.Validation
    v.Type = uno.Enum("com.sun.star.sheet.ValidationType", "LIST")
    v.setFormula1('"一级";"二级";"三级";"小微"')
    v.ShowErrorMessage = True
    v.ErrorMessage = "请选择等级"
    area.Validation = v


def add_conditional_format(doc, sheet, rows):
    area = sheet.getCellRangeByName("F2:F%d" % (rows + 1))
    cf = area.ConditionalFormat
    cf.addNew((
        prop("Operator", uno.Enum("com.sun.star.sheet.ConditionOperator", "EQUAL")),
        prop("Formula1", "1"),
        prop("StyleName", "Good"),
    ))
    area.ConditionalFormat = cf
    area2 = sheet.getCellRangeByName("E2:E%d" % (rows + 1))
    cf2 = area2.ConditionalFormat
    cf2.addNew((
        prop("Operator", uno.Enum("com.sun.star.sheet.ConditionOperator", "GREATER")),
        prop("Formula1", "0"),
        prop("StyleName", "Bad"),
    ))
    area2.ConditionalFormat = cf2


def add_comments(sheet):
    anns = sheet.getAnnotations()
    anns.insertNew(CellAddress(sheet.RangeAddress.Sheet, 1, 1), "核对：名称与营业执照一致")
    anns.insertNew(CellAddress(sheet.RangeAddress.Sheet, 3, 2), "2024 年复评")


def add_image(ctx, doc, sheet, png_path):
    smgr = ctx.ServiceManager
    gp = smgr.createInstanceWithContext("com.sun.star.graphic.GraphicProvider", ctx)
    graphic = gp.queryGraphic((prop("URL", uno.systemPathToFileUrl(png_path)),))
    shape = doc.createInstance("com.sun.star.drawing.GraphicObjectShape")
    shape.Graphic = graphic
    sheet.DrawPage.add(shape)
    shape.setSize(Size(2000, 2000))
    shape.setPosition(Point(16000, 500))


def add_summary(sheet):
    sheet.getCellRangeByName("A1:B1").setDataArray((("地区", "企业数"),))
    for i, d in enumerate(DISTRICTS):
        sheet.getCellByPosition(0, i + 1).setString(d)
        sheet.getCellByPosition(1, i + 1).setFormula('=COUNTIF($花名册.C:C;A%d)' % (i + 2))


def add_chart(sheet):
    rect = uno.createUnoStruct("com.sun.star.awt.Rectangle")
    rect.X, rect.Y, rect.Width, rect.Height = 6000, 500, 12000, 8000
    addr = CellRangeAddress(sheet.RangeAddress.Sheet, 0, 0, 1, len(DISTRICTS))
    sheet.getCharts().addNewByName("企业数图", rect, (addr,), True, True)


def add_pivot(doc, roster, target, rows):
    pilots = target.getDataPilotTables()
    desc = pilots.createDataPilotDescriptor()
    desc.setSourceRange(CellRangeAddress(roster.RangeAddress.Sheet, 0, 0, 5, rows))
    fields = desc.getDataPilotFields()
    district = fields.getByIndex(2)
    district.Orientation = uno.Enum("com.sun.star.sheet.DataPilotFieldOrientation", "ROW")
    attained = fields.getByIndex(5)
    attained.Orientation = uno.Enum("com.sun.star.sheet.DataPilotFieldOrientation", "DATA")
    attained.Function = uno.Enum("com.sun.star.sheet.GeneralFunction", "SUM")
    pilots.insertNewByName("达标透视", CellAddress(target.RangeAddress.Sheet, 0, 0), desc)


def add_names(doc, roster, rows):
    names = doc.NamedRanges
    names.addNewByName("企业名单", "$花名册.$B$2:$B$%d" % (rows + 1), CellAddress(0, 0, 0), 0)
    names.addNewByName("目标达标率", "0.8", CellAddress(0, 0, 0), 0)
    # A sheet-scoped name: LibreOffice writes it with localSheetId.
    roster.NamedRanges.addNewByName("本表地区", "$花名册.$C$2:$C$%d" % (rows + 1), CellAddress(0, 0, 0), 0)


def build(ctx, out_path, rows, png_path):
    desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
    doc = desktop.loadComponentFromURL("private:factory/scalc", "_blank", 0, (prop("Hidden", True),))
    sheets = doc.Sheets
    sheets.getByIndex(0).setName("花名册")
    sheets.insertNewByName("汇总", 1)
    sheets.insertNewByName("透视", 2)
    sheets.insertNewByName("参数", 3)
    sheets.insertNewByName("附件1", 4)
    roster = sheets.getByName("花名册")
    fill_roster(roster, rows)
    add_validation(roster, rows)
    add_conditional_format(doc, roster, rows)
    add_comments(roster)
    add_image(ctx, doc, roster, png_path)
    summary = sheets.getByName("汇总")
    add_summary(summary)
    add_chart(summary)
    add_pivot(doc, roster, sheets.getByName("透视"), rows)
    params = sheets.getByName("参数")
    params.getCellByPosition(0, 0).setString("年度目标")
    params.getCellByPosition(1, 0).setValue(0.8)
    params.IsVisible = False
    sheets.getByName("附件1").getCellByPosition(0, 0).setString("用户自己的附件1，不得改动")
    add_names(doc, roster, rows)
    doc.storeToURL(uno.systemPathToFileUrl(os.path.abspath(out_path)), (prop("FilterName", "Calc MS Excel 2007 XML"),))
    doc.close(True)


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    out_path = sys.argv[1]
    rows = int(sys.argv[2]) if len(sys.argv) > 2 else 40
    with office("fixture") as (ctx, tmp):
        png_path = os.path.join(tmp, "seal.png")
        with open(png_path, "wb") as f:
            f.write(png_bytes())
        build(ctx, out_path, rows, png_path)


if __name__ == "__main__":
    main()
