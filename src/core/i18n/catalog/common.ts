import type { MessageSection } from "../lang";

/** Messages shared by every surface: product name, generic input errors. */
export const common: MessageSection = {
  "zh-CN": {
    "app.name": "安标台账助手",
    "app.tagline": "安全生产标准化台账的核算、校验与汇总",
    "input.missing": "找不到文件：{file}",
    "input.notXlsx": "{file} 不是 .xlsx 工作簿（{detail}）",
    "input.encrypted": "{file} 已加密（设置了打开密码）或是旧版 .xls 文件，无法读取；请在 Excel 中取消密码或另存为 .xlsx 后重试",
    "input.corrupt": "{file} 已损坏，无法读取：{detail}",
    "input.isDirectory": "{file} 是文件夹，不是工作簿",
    "internal.error": "内部错误：{detail}（请把此信息反馈给开发者）",
  },
  en: {
    "app.name": "Work-Safety Roster Assistant",
    "app.tagline": "Counts, checks and summaries for work-safety standardization rosters",
    "input.missing": "File not found: {file}",
    "input.notXlsx": "{file} is not an .xlsx workbook ({detail})",
    "input.encrypted": "{file} is encrypted (it has an open password) or is an old .xls file and cannot be read; remove the password in Excel or save it as .xlsx and try again",
    "input.corrupt": "{file} is corrupt and cannot be read: {detail}",
    "input.isDirectory": "{file} is a folder, not a workbook",
    "internal.error": "Internal error: {detail} (please report this to the developers)",
  },
};
