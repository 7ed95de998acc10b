import type { MessageSection } from "../lang";

/**
 * What the pane says when Excel refuses an action with an Office.js error code (compared as
 * strings, as the docs advise): one sentence of what happened and what to do. Codes not listed get
 * pane.error.office with the code and Excel's own words.
 */
export const officeErrors: MessageSection = {
  "zh-CN": {
    "pane.error.code.InvalidOperationInCellEditMode": "Excel 正处于单元格编辑状态：请按 Enter 或 Esc 结束编辑后再试。",
    "pane.error.code.RequestPayloadSizeLimitExceeded": "一次发给 Excel 的数据超过了其 5 MB 上限：请重试；如仍失败，请把台账拆成较小的工作表，或改用命令行。",
    "pane.error.code.ResponsePayloadSizeLimitExceeded": "Excel 一次返回的数据超过了其 5 MB 上限：请重试；如仍失败，请把台账拆成较小的工作表，或改用命令行。",
    "pane.error.code.RangeExceedsLimit": "区域的单元格数超过了 Excel 一次能处理的上限：请删除台账下方或右侧多余的空行空列后再试。",
    "pane.error.code.OperationCellsExceedLimit": "此操作涉及的单元格超过了 Excel 的上限：请删除台账下方或右侧多余的空行空列后再试。",
    "pane.error.code.ItemNotFound": "找不到要操作的工作表或区域（可能已被改名或删除）：请重新运行「检查台账」。",
    "pane.error.code.ItemAlreadyExists": "工作簿中已有同名的工作表或名称：请改名后再试。",
    "pane.error.code.InvalidObjectPath": "工作簿在操作期间发生了变化：请重新运行「检查台账」后再试。",
    "pane.error.code.AccessDenied": "Excel 拒绝修改：工作簿或工作表可能受保护或只读，请撤销保护或另存一份后再试。",
    "pane.error.code.ApiNotFound": "此版本的 Excel 不支持这项操作：请更新 Office，或改用独立网页版。",
    "pane.error.code.InsertDeleteConflict": "插入或删除会移动受保护或已合并的单元格：请检查工作表后再试。",
    "pane.error.code.Conflict": "其他人或其他加载项同时修改了工作簿：请稍后重试。",
    "pane.error.code.ActivityLimitReached": "Excel 暂时繁忙，已限制加载项的操作：请稍等片刻后重试。",
    "pane.error.code.GeneralException": "Excel 内部出错，操作未完成：请保存工作簿、重新打开任务窗格后再试。",
  },
  en: {
    "pane.error.code.InvalidOperationInCellEditMode": "Excel is editing a cell: press Enter or Esc to finish, then try again.",
    "pane.error.code.RequestPayloadSizeLimitExceeded": "The data sent to Excel at once passed its 5 MB limit: try again; if it keeps failing, split the roster into smaller sheets or use the command line.",
    "pane.error.code.ResponsePayloadSizeLimitExceeded": "The data Excel returned at once passed its 5 MB limit: try again; if it keeps failing, split the roster into smaller sheets or use the command line.",
    "pane.error.code.RangeExceedsLimit": "The range holds more cells than Excel handles at once: delete the empty rows and columns below and right of the roster, then try again.",
    "pane.error.code.OperationCellsExceedLimit": "This action touches more cells than Excel allows: delete the empty rows and columns below and right of the roster, then try again.",
    "pane.error.code.ItemNotFound": "A sheet or range the action needs is gone (renamed or deleted): run “Check roster” again.",
    "pane.error.code.ItemAlreadyExists": "The workbook already has a sheet or name of that name: rename it, then try again.",
    "pane.error.code.InvalidObjectPath": "The workbook changed during the action: run “Check roster” again, then retry.",
    "pane.error.code.AccessDenied": "Excel refused the change: the workbook or sheet may be protected or read-only; unprotect it or save a copy, then try again.",
    "pane.error.code.ApiNotFound": "This version of Excel cannot do this: update Office, or use the standalone page.",
    "pane.error.code.InsertDeleteConflict": "The insert or delete would move protected or merged cells: check the sheet, then try again.",
    "pane.error.code.Conflict": "Someone or another add-in changed the workbook at the same time: try again in a moment.",
    "pane.error.code.ActivityLimitReached": "Excel is busy and has throttled the add-in: wait a moment, then try again.",
    "pane.error.code.GeneralException": "Excel had an internal error and the action did not finish: save the workbook, reopen the task pane, then try again.",
  },
};
