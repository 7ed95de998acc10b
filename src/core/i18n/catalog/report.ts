import type { MessageSection } from "../lang";

/** Texts of the generated summary sheets (attachments): added columns, notes, fill-in labels. */
export const report: MessageSection = {
  "zh-CN": {
    "report.attachment.actualOfYear": "{year}年完成",
    "report.attachment.answer": "填写内容",
    "report.attachment.formField": "{field}：",
    "report.attachment.addedNote": "注：{columns}为对照进度增加的列，原附件无此列。",
    "report.attachment.unofficialNote": "注：文件未附此表，本表按方案正文整理。",
    "report.attachment.unofficialAddedNote": "注：文件未附此表，本表按方案正文整理；{columns}为对照进度增加的列。",
    "report.attachment.quoted": "“{text}”",
    "report.attachment.listSeparator": "、",
    "report.attachment.newCountFormat": "\"创建\"0\"家\"",
  },
  en: {
    "report.attachment.actualOfYear": "{year} actual",
    "report.attachment.answer": "Answer",
    "report.attachment.formField": "{field}:",
    "report.attachment.addedNote": "Note: {columns} added to follow progress; the official attachment has no such columns.",
    "report.attachment.unofficialNote": "Note: the notice prints no such table; this one gathers its text.",
    "report.attachment.unofficialAddedNote": "Note: the notice prints no such table; this one gathers its text, with {columns} added to follow progress.",
    "report.attachment.quoted": "\u201c{text}\u201d",
    "report.attachment.listSeparator": ", ",
    "report.attachment.newCountFormat": "\"+\"0",
  },
};
