import { labelKey } from "../normalize/text";

const SUFFIX = /[市区县]$/;

/**
 * The comparison keys of a district text: its labelKey, and that key without a trailing 市/区/县
 * ("昆山市" and "昆山" meet at "昆山"; "吴江区" and "吴江" at "吴江").
 */
export function districtKeys(text: string): string[] {
  const key = labelKey(text);
  const bare = key.replace(SUFFIX, "");
  return bare !== key && bare.length > 0 ? [key, bare] : [key];
}
