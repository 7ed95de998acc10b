import type { MessageSection } from "../lang";

/** Messages of rows that missed a yearly deadline of the notice (apply by 05-31, attain by 11-30). */
export const deadlines: MessageSection = {
  "zh-CN": {
    "row/application-overdue": "第 {row} 行（{name}）列入 {year} 年创建计划，但未在 {by} 前提出申请（{what}）",
    "row/application-late": "第 {row} 行（{name}）于 {date} 提出申请，晚于 {by}（{what}）",
    "row/completion-overdue": "第 {row} 行（{name}）列入 {year} 年创建计划，{by} 前应完成创建，至统计日仍未达标（{what}）",
    "report.attachment.overdue.yes": "逾期",
    "report.attachment.overdue.no": "否",
  },
  en: {
    "row/application-overdue": "Row {row} ({name}) is planned for {year} but did not apply by {by} ({what})",
    "row/application-late": "Row {row} ({name}) applied on {date}, after {by} ({what})",
    "report.attachment.overdue.yes": "overdue",
    "report.attachment.overdue.no": "no",
    "row/completion-overdue": "Row {row} ({name}) is planned for {year} and should have been attained by {by}, but is not on the as-of date ({what})",
  },
};
