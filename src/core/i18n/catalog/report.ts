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
    "report.attachment.addedTotalsNote": "注：“{label}”行为对照进度增加的行，原附件无此行。",
    "report.attachment.sectorRowsNote": "注：各企业按台账的“行业”归入一行（在营企业，不含注销、停产、关停的）；行业不属于任何一行的企业不计入本表，见校验结果。",
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
    "report.attachment.addedTotalsNote": "Note: the \"{label}\" row is added to follow progress; the official attachment has no such row.",
    "report.attachment.sectorRowsNote": "Note: each enterprise (in operation: not deregistered, suspended or closed) is put in one row by its roster sector; enterprises whose sector is none of the rows are not counted here (see the findings).",
    "report.attachment.newCountFormat": "\"+\"0",
  },
};
