import { labelKey } from "../normalize/text";

const TOTAL = /^(合计|总计|全市|全市合计|全市总计|总合计|汇总|全市汇总|累计)$/;
const SUBTOTAL = /^小计/;
const NOTE = /^(注|备注|说明|填报人|填表人|审核人|制表|联系人|联系电话|负责人)/;

/** True for a totals row label: 合计, 总计, 全市… */
export function isTotalLabel(text: string): boolean {
  return TOTAL.test(labelKey(text));
}

/** True for a 小计 row label. */
export function isSubtotalLabel(text: string): boolean {
  return SUBTOTAL.test(labelKey(text));
}

/** True for a line under the table (注：…, 填报人：…) that ends its body. */
export function isNoteLine(text: string): boolean {
  return NOTE.test(labelKey(text));
}
