import { columnLetter } from "../../core/grid/address";
import type { CellColumn, ChartSeriesSpec, ChartSpec } from "../../core/spec/chart";
import { escapeXml } from "./xml-tags";

const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NS_C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const CAT_AX = 50010;
const VAL_AX = 50020;

/** The sheet name as a formula writes it: always quoted, inner quotes doubled. */
function sheetRef(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

/** An absolute reference to a column of cells ("'图表'!$B$5:$B$12"). */
export function columnRef(sheet: string, c: CellColumn): string {
  const col = columnLetter(c.col);
  return `${sheetRef(sheet)}!$${col}$${c.top}:$${col}$${c.bottom}`;
}

function strRef(f: string, values: readonly string[]): string {
  const pts = values.map((v, i) => `<c:pt idx="${i}"><c:v>${escapeXml(v)}</c:v></c:pt>`).join("");
  return `<c:strRef><c:f>${escapeXml(f)}</c:f><c:strCache><c:ptCount val="${values.length}"/>${pts}</c:strCache></c:strRef>`;
}

function numRef(f: string, values: readonly (number | null)[], format: string): string {
  // A blank point is left out of the cache (ptCount still counts it): viewers draw a gap.
  const pts = values.map((v, i) => (v === null ? "" : `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`)).join("");
  return `<c:numRef><c:f>${escapeXml(f)}</c:f><c:numCache><c:formatCode>${escapeXml(format)}</c:formatCode><c:ptCount val="${values.length}"/>${pts}</c:numCache></c:numRef>`;
}

function seriesXml(sheet: string, chart: ChartSpec, s: ChartSeriesSpec, idx: number): string {
  const fill = `<a:solidFill><a:srgbClr val="${s.color}"/></a:solidFill>`;
  const name = `<c:tx>${strRef(`${sheetRef(sheet)}!$${columnLetter(s.nameCell.col)}$${s.nameCell.row}`, [s.name])}</c:tx>`;
  const data = `<c:cat>${strRef(columnRef(sheet, chart.categories), chart.categoryNames)}</c:cat><c:val>${numRef(columnRef(sheet, s.values), s.cached, chart.numberFormat)}</c:val>`;
  const head = `<c:idx val="${idx}"/><c:order val="${idx}"/>${name}`;
  if (s.kind === "bar") return `<c:ser>${head}<c:spPr>${fill}</c:spPr><c:invertIfNegative val="0"/>${data}</c:ser>`;
  const marker = `<c:marker><c:symbol val="${s.marker ?? "diamond"}"/><c:size val="8"/><c:spPr>${fill}<a:ln>${fill}</a:ln></c:spPr></c:marker>`;
  return `<c:ser>${head}<c:spPr><a:ln w="28575">${fill}</a:ln></c:spPr>${marker}${data}<c:smooth val="0"/></c:ser>`;
}

function axes(format: string): string {
  const ticks = '<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>';
  return (
    `<c:catAx><c:axId val="${CAT_AX}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/>` +
    `<c:numFmt formatCode="General" sourceLinked="0"/>${ticks}<c:crossAx val="${VAL_AX}"/><c:crosses val="autoZero"/>` +
    `<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="${VAL_AX}"/><c:scaling><c:orientation val="minMax"/><c:min val="0"/></c:scaling><c:delete val="0"/><c:axPos val="l"/>` +
    `<c:majorGridlines/><c:numFmt formatCode="${escapeXml(format)}" sourceLinked="0"/>${ticks}<c:crossAx val="${CAT_AX}"/>` +
    `<c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>`
  );
}

/**
 * A chart part (DrawingML chartSpace): the bar series clustered, the line series drawn over them
 * on the same axes, every series referring to cells of `sheet` and caching their values. Hidden
 * cells are plotted (the series' cells are a hidden copy of the table, chart-plot.ts) and empty
 * ones left as gaps.
 */
export function chartXml(sheet: string, chart: ChartSpec): string {
  const series = chart.series.map((s, i) => ({ s, i }));
  const bars = series.filter((x) => x.s.kind === "bar").map((x) => seriesXml(sheet, chart, x.s, x.i));
  const lines = series.filter((x) => x.s.kind === "line").map((x) => seriesXml(sheet, chart, x.s, x.i));
  const axIds = `<c:axId val="${CAT_AX}"/><c:axId val="${VAL_AX}"/>`;
  const barChart = bars.length ? `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>${bars.join("")}<c:gapWidth val="80"/>${axIds}</c:barChart>` : "";
  const lineChart = lines.length ? `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${lines.join("")}<c:marker val="1"/>${axIds}</c:lineChart>` : "";
  const title = `<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr><a:r><a:rPr lang="zh-CN" sz="1200" b="1"/><a:t>${escapeXml(chart.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`;
  return (
    `${HEAD}<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}"><c:roundedCorners val="0"/><c:chart>${title}<c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/>${barChart}${lineChart}${axes(chart.numberFormat)}</c:plotArea>` +
    `<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="0"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`
  );
}

/** A drawing part anchoring one chart frame per relationship id, each over its cells. */
export function drawingXml(charts: readonly { chart: ChartSpec; relId: string }[]): string {
  const anchors = charts.map(({ chart, relId }, i) => {
    const a = chart.anchor;
    const at = (row: number, col: number) => `<xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff>`;
    // Anchors are 0-based; "to" is the cell just past the bottom-right one.
    return (
      `<xdr:twoCellAnchor editAs="oneCell"><xdr:from>${at(a.top - 1, a.left - 1)}</xdr:from><xdr:to>${at(a.bottom, a.right)}</xdr:to>` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="Chart ${i + 1}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
      `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="${NS_C}">` +
      `<c:chart xmlns:c="${NS_C}" r:id="${relId}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
    );
  });
  return `${HEAD}<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="${NS_A}" xmlns:r="${NS_R}">${anchors.join("")}</xdr:wsDr>`;
}
