import type { Finding, Severity } from "../finding/finding";
import type { MessageParams } from "../i18n/lang";
import type { RosterRecord } from "../roster/record";

/** A finding about one field of a record, addressed to its cell (or its row when the field has no column). */
export function recordFinding(
  rule: string,
  severity: Severity,
  record: RosterRecord,
  field: string,
  params: MessageParams = {},
  expected?: unknown,
  actual?: unknown,
): Finding {
  const column = record.columns[field];
  return {
    rule,
    severity,
    sheet: record.sheet,
    row: record.row,
    column,
    cell: column ? `${column}${record.row}` : undefined,
    params: { name: record.name ?? record.uscc ?? "—", row: record.row, ...params },
    expected,
    actual,
  };
}
