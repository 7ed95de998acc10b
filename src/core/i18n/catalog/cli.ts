import type { MessageSection } from "../lang";

/** Messages of the `anbiao` command line. */
export const cli: MessageSection = {
  "zh-CN": {
    "cli.description": "安标台账助手：读取安全生产标准化台账与统计表，核算创建率、达标率与年度目标，校验并生成汇总表",
    "cli.opt.lang": "输出语言：zh-CN（默认）或 en",
    "cli.opt.rows": "每张工作表显示的前几行（默认 5）",
    "cli.cmd.inspect": "列出工作簿中每张工作表的名称、已用区域、合并单元格和前几行",
    "cli.usage": "用法错误：{detail}（运行 anbiao --help 查看用法）",
    "inspect.sheet": "工作表「{name}」{hidden}：已用区域 {range}，{rows} 行 × {cols} 列",
    "inspect.hidden": "（隐藏）",
    "inspect.empty": "工作表「{name}」{hidden}：空表",
    "inspect.merges": "  合并单元格（{count}）：{list}",
    "inspect.noMerges": "  合并单元格：无",
    "inspect.firstRows": "  前 {count} 行：",
    "inspect.more": "等 {count} 处",
  },
  en: {
    "cli.description": "Work-Safety Roster Assistant: reads standardization rosters and count tables, computes creation and attainment rates and annual targets, checks them and writes summary sheets",
    "cli.opt.lang": "output language: zh-CN (default) or en",
    "cli.opt.rows": "how many first rows to show per sheet (default 5)",
    "cli.cmd.inspect": "list each sheet of a workbook: name, used range, merged areas and first rows",
    "cli.usage": "Usage error: {detail} (run anbiao --help)",
    "inspect.sheet": "Sheet \"{name}\"{hidden}: used range {range}, {rows} rows × {cols} columns",
    "inspect.hidden": " (hidden)",
    "inspect.empty": "Sheet \"{name}\"{hidden}: empty",
    "inspect.merges": "  Merged areas ({count}): {list}",
    "inspect.noMerges": "  Merged areas: none",
    "inspect.firstRows": "  First {count} rows:",
    "inspect.more": "and {count} more",
  },
};
