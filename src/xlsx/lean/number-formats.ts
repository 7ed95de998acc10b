/**
 * Built-in number formats by id, as ExcelJS 4.4.0 maps them, plus the zh-CN codes for the
 * locale-dependent date ids (27–36, 50–58) that ExcelJS leaves unmapped: Chinese Excel and WPS
 * write those ids without a <numFmt> of their own, and a 发证日期 column formatted 31
 * (yyyy"年"m"月"d"日") must read as dates.
 */
const BUILT_IN: Record<number, string> = {
  0: "General", 1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00", 9: "0%", 10: "0.00%", 11: "0.00E+00",
  12: "# ?/?", 13: "# ??/??", 14: "mm-dd-yy", 15: "d-mmm-yy", 16: "d-mmm", 17: "mmm-yy",
  18: "h:mm AM/PM", 19: "h:mm:ss AM/PM", 20: "h:mm", 21: "h:mm:ss", 22: 'm/d/yy "h":mm',
  27: 'yyyy"年"m"月"', 28: 'm"月"d"日"', 29: 'm"月"d"日"', 30: "m-d-yy", 31: 'yyyy"年"m"月"d"日"',
  32: 'h"时"mm"分"', 33: 'h"时"mm"分"ss"秒"', 34: '上午/下午 h"时"mm"分"', 35: '上午/下午 h"时"mm"分"ss"秒"',
  36: 'yyyy"年"m"月"',
  37: "#,##0 ;(#,##0)", 38: "#,##0 ;[Red](#,##0)", 39: "#,##0.00 ;(#,##0.00)", 40: "#,##0.00 ;[Red](#,##0.00)",
  45: "mm:ss", 46: "[h]:mm:ss", 47: "mmss.0", 48: "##0.0E+0", 49: "@",
  50: 'yyyy"年"m"月"', 51: 'm"月"d"日"', 52: 'yyyy"年"m"月"', 53: 'm"月"d"日"', 54: 'm"月"d"日"',
  55: '上午/下午 h"时"mm"分"', 56: '上午/下午 h"时"mm"分"ss"秒"', 57: 'yyyy"年"m"月"', 58: 'm"月"d"日"',
};

/** The format code of a built-in number format id, or null for ids with no fixed code. */
export function builtInFormat(id: number): string | null {
  return BUILT_IN[id] ?? null;
}

/**
 * Whether a format code shows a date or time: after dropping [..] sections (colours, locales,
 * elapsed-time brackets) and "quoted" literals, it still has a y/m/d/h/s/b code. This is ExcelJS's
 * own test, kept identical so both readers agree on which numbers become dates.
 */
export function isDateFormat(code: string | null): boolean {
  if (!code) return false;
  const bare = code.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, "");
  return /[ymdhMsb]/.test(bare);
}
