import type { MessageSection } from "../lang";

/** Messages about where a roster's districts came from (a sheet's name, its 填报单位 line, its title). */
export const districts: MessageSection = {
  "zh-CN": {
    "district.source.sheet": "工作表名",
    "district.source.reportingUnit": "填报单位",
    "district.source.title": "标题",
    "inspect.roster.sheetDistrict": "  无地区列：本表 {records} 家企业的地区均取自{source}“{district}”",
    "check.read.sheetDistrict": "  无地区列：地区取自{source}“{district}”",
  },
  en: {
    "district.source.sheet": "the sheet name",
    "district.source.reportingUnit": "the reporting-unit line",
    "district.source.title": "the title",
    "inspect.roster.sheetDistrict": "  No district column: all {records} enterprises of this sheet take the district \"{district}\" from {source}",
    "check.read.sheetDistrict": "  No district column: district \"{district}\" taken from {source}",
  },
};
