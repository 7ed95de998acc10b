import type { MessageSection } from "../lang";

/** Messages of the lossless copy (`--into-copy`): why an input cannot be copied, output checks. */
export const packageMessages: MessageSection = {
  "zh-CN": {
    "package.macros": "{file} 含宏（{part}）：另存带汇总表的副本会丢失宏，已停止。请改用默认模式（只输出汇总表的新工作簿）",
    "package.notPlainWorkbook": "{file} 不是普通 .xlsx 工作簿（{part} 的类型为 {type}，如模板、启用宏或二进制工作簿），无法无损追加工作表。请改用默认模式，或在 Excel 中另存为 .xlsx",
    "package.signed": "{file} 带数字签名（{part}）：追加工作表会使签名失效，已停止。请改用默认模式",
    "package.strict": "{file} 是 Strict Open XML 格式（{part}），无法无损追加工作表。请在 Excel 中另存为“Excel 工作簿(*.xlsx)”，或改用默认模式",
    "package.protected": "{file} 的工作簿结构受保护（{part}），不能添加工作表。请在 Excel 中取消“保护工作簿”后重试，或改用默认模式",
    "package.encoding": "{file} 中的部件 {part} 不是 UTF-8 编码，无法无损修改。请改用默认模式",
    "package.malformed": "{file} 中的部件 {part} 不是格式正确的 XML（第 {line} 行第 {column} 列），无法无损修改，未写出文件。请改用默认模式",
    "package.damagedPart": "{file} 本身已损坏：其中的部件 {part} 不是格式正确的 XML（第 {line} 行第 {column} 列）。无损副本会原样带上这处损坏，Excel 打开时须先修复，因此未写出文件。请改用默认模式（只输出汇总表的新工作簿），或先在 Excel 中打开修复并另存后再试",
    "package.forbiddenCharacter": "{file} 中的部件 {part} 含有 XML 不允许的字符 {code}，副本无法保持格式正确，未写出文件。请改用默认模式（它以 � 代替该字符）",
    "package.outExists": "{file} 已存在；如要覆盖请加 --force，或另选输出文件",
    "package.outIsInput": "输出文件不能是输入文件本身（{file}）：原工作簿从不被修改，请另选输出文件",
    "package.tooLarge": "工作簿过大（{detail}），超过不带 zip64 的写出上限，未写出文件。请改用默认模式（只输出汇总表的新工作簿）",
    "package.writeFailed": "无法写入 {file}：{detail}",
  },
  en: {
    "package.macros": "{file} contains macros ({part}): a copy with the summary sheets would lose them, so nothing was written. Use the default mode (a new workbook of only the summary sheets)",
    "package.notPlainWorkbook": "{file} is not a plain .xlsx workbook ({part} has type {type}: a template, macro-enabled or binary workbook), so sheets cannot be added without loss. Use the default mode, or save it as .xlsx in Excel",
    "package.signed": "{file} is digitally signed ({part}): adding sheets would break the signature, so nothing was written. Use the default mode",
    "package.strict": "{file} is in Strict Open XML format ({part}), so sheets cannot be added without loss. Save it as \"Excel Workbook (*.xlsx)\" in Excel, or use the default mode",
    "package.protected": "{file} has a protected workbook structure ({part}), so no sheet may be added. Unprotect the workbook in Excel and try again, or use the default mode",
    "package.encoding": "{file} has a part {part} that is not UTF-8, so it cannot be edited without loss. Use the default mode",
    "package.malformed": "{file} has a part {part} that is not well-formed XML (line {line}, column {column}), so it cannot be edited without loss and nothing was written. Use the default mode",
    "package.damagedPart": "{file} is itself damaged: its part {part} is not well-formed XML (line {line}, column {column}). A lossless copy would carry the damage on and Excel would have to repair it, so nothing was written. Use the default mode (a new workbook of only the summary sheets), or open and repair it in Excel, save it, and try again",
    "package.forbiddenCharacter": "{file} has a part {part} holding the character {code}, which XML forbids, so a copy could not be well-formed and nothing was written. Use the default mode (it shows � instead)",
    "package.outExists": "{file} already exists; add --force to overwrite it, or choose another output file",
    "package.outIsInput": "The output file cannot be the input itself ({file}): the original workbook is never modified; choose another output file",
    "package.tooLarge": "The workbook is too large ({detail}) for a copy without zip64, so nothing was written. Use the default mode (a new workbook of only the summary sheets)",
    "package.writeFailed": "Cannot write {file}: {detail}",
  },
};
