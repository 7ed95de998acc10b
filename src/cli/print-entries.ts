import type { EnterpriseEntry } from "../core/explain/enterprise-entry";
import { formatTable } from "./format-table";
import type { CliIo } from "./io";
import { entryLabel, type EntryLabelKind } from "../core/explain/entry-label";

/** The catalog text of an entry's grade, status or reason; empty when it has none. */
export function entryText(io: Pick<CliIo, "lang">, kind: EntryLabelKind, value: string | number | null): string {
  return entryLabel(kind, value, io.lang) ?? "";
}

/** Prints enterprises as a table: name, USCC, district, grade, certificate, dates, status, why not attained, source. */
export function printEntries(entries: readonly EnterpriseEntry[], file: string, io: CliIo): void {
  const keys = ["name", "uscc", "district", "grade", "certificate", "issued", "validUntil", "status", "why", "source"];
  const rows = entries.map((e) => [
    e.name ?? "",
    e.uscc ?? "",
    e.district ?? "",
    entryText(io, "grade", e.grade),
    e.certificateNumber ?? "",
    e.issueDate ?? "",
    e.validUntil ?? "",
    entryText(io, "status", e.status),
    entryText(io, "why", e.why),
    io.msg("entry.source", { file, sheet: e.sheet, row: e.row }),
  ]);
  formatTable(keys.map((k) => io.msg(`entry.col.${k}`)), rows).forEach((line) => io.out(line));
}
