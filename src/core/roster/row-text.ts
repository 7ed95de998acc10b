import type { CellValue } from "../grid/grid";

/** Notes and sign-off lines above or under a table: 注：…, 填表说明, 填报人 / 审核人 / 联系电话… */
export const NOTE_LINE = /^[\s\u3000]*(?:注[:：\s1-9一、.．]|注$|附注|说明[:：]|填表说明|填报说明|备注[:：]|制表|填表人|填报人|审核人|负责人|单位负责人|联系人|联系电话|统计人)/;

/** A 小计 / 合计 / 总计 label ("张家港市小计", "合 计", "合计（家）"), whitespace removed: group 1 is what precedes it. */
export const SUBTOTAL_LABEL = /^(.{0,16}?)[-—:：]?(小计|合计|总计)(?:[(（].*[)）]|[:：])?$/;


/** True when every cell of the row is blank. */
export function isBlankRow(row: readonly CellValue[]): boolean {
  for (const v of row) {
    if (v === null) continue;
    if (typeof v === "string" && v.trim() === "") continue;
    return false;
  }
  return true;
}

/** The first non-blank cell's index, or -1. */
export function firstFilled(row: readonly CellValue[]): number {
  for (let i = 0; i < row.length; i++) {
    const v = row[i];
    if (v !== null && !(typeof v === "string" && v.trim() === "")) return i;
  }
  return -1;
}

/** Whether a text is a subtotal label, and which kind; null when it is not one. */
export function subtotalKind(text: string): { kind: "subtotal" | "total"; prefix: string } | null {
  if (!text.includes("计")) return null;
  const m = SUBTOTAL_LABEL.exec(text.replace(/[\s\u3000]+/g, ""));
  if (!m) return null;
  return { kind: m[2] === "小计" ? "subtotal" : "total", prefix: m[1] };
}
