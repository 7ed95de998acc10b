import type { FilledCell } from "./filled-cell";

function percent(value: number, format: string): string {
  const decimals = /0\.(0+)%/.exec(format)?.[1].length ?? 0;
  return `${(value * 100).toFixed(decimals)}%`;
}

/** About how a filled cell reads once formatted, for sizing its column ("88.5%", "创建15家", "2024-12-31"). */
export function displayText(cell: FilledCell | undefined): string {
  if (!cell) return "";
  const v = cell.formula !== undefined ? cell.result : cell.value;
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v !== "number") return String(v);
  const format = cell.numberFormat ?? "0";
  if (format.includes("%")) return percent(v, format);
  const literal = format.replace(/"([^"]*)"/g, "$1");
  return literal.includes("0") ? literal.replace(/0+/, String(v)) : String(v);
}
