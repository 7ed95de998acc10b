import type { CellValue } from "../grid/grid";
import { parseDate } from "../normalize/parse-date";
import { cellText } from "../normalize/text";
import type { RosterPreamble } from "./types";

const UNIT = /填报单位(?:[(（]盖章[)）])?\s*[:：]\s*(.*?)\s*(?=填报日期|填报时间|日期[:：]|单位[:：]|$)/;
const DATE = /(?:填报日期|填报时间|日期)\s*[:：]\s*(\S+(?:\s*\S+日)?)/;

/** Reads the lines above a header band (0-based rows [0, top)): the title and the 填报单位 / 填报日期 line. */
export function readPreamble(values: readonly CellValue[][], top: number, originRow: number): RosterPreamble {
  const lines: RosterPreamble["lines"] = [];
  for (let r = 0; r < top; r++) {
    const parts = values[r].map(cellText).filter((t): t is string => t !== null);
    if (parts.length > 0) lines.push({ row: originRow + r, text: parts.join("  ") });
  }
  let title: string | null = null, reportingUnit: string | null = null, reportDate: string | null = null;
  for (const { text } of lines) {
    const unit = UNIT.exec(text);
    if (unit && unit[1] !== "") reportingUnit = unit[1];
    const date = DATE.exec(text);
    if (date) {
      const d = parseDate(date[1].replace(/\s+/g, ""));
      if (d.ok) reportDate = d.value;
    }
    if (title === null && !unit && !date && !/[:：]/.test(text) && !/^附[件表]\s*\d*$/.test(text)) title = text;
  }
  return { title, reportingUnit, reportDate, lines };
}
