import type { MessageSection } from "../lang";

/** Messages of the task pane. */
export const taskpane: MessageSection = {
  "zh-CN": {
    "pane.title": "安标台账助手",
    "pane.subtitle": "安全生产标准化台账核算与汇总",
    "pane.host.excel": "已连接 Excel：{platform}",
    "pane.host.none": "未在 Excel 中运行：当前是普通浏览器页面。请在 Excel 中通过“加载项”打开本任务窗格；文件模式将在后续版本提供。",
    "pane.host.loading": "正在连接 Excel…",
    "pane.api.unsupported": "此版本的 Excel 不支持 ExcelApi 1.7，部分功能不可用；可改用命令行或独立网页版。",
    "pane.section.start": "开始",
    "pane.start.body": "在工作簿中打开台账或统计表，然后选择一个创建方案。",
  },
  en: {
    "pane.title": "Work-Safety Roster Assistant",
    "pane.subtitle": "Standardization roster counts and summaries",
    "pane.host.excel": "Connected to Excel: {platform}",
    "pane.host.none": "Not running inside Excel: this is a plain browser page. Open this task pane from Excel's Add-ins; file mode comes in a later version.",
    "pane.host.loading": "Connecting to Excel…",
    "pane.api.unsupported": "This Excel does not support ExcelApi 1.7; some features are unavailable. Use the command line or the standalone page instead.",
    "pane.section.start": "Start",
    "pane.start.body": "Open a roster or count table in the workbook, then choose a campaign profile.",
  },
};
