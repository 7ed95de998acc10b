import { t } from "../../i18n/translate";
import type { AttachmentLayout, HeaderNode } from "../../profile/schema";

function hasMetric(nodes: readonly HeaderNode[], metric: HeaderNode["metric"]): boolean {
  return nodes.some((n) => n.metric === metric || (n.children !== undefined && hasMetric(n.children, metric)));
}

/** Puts an added actual leaf right after the target leaf of `year` (wherever it sits in the tree). */
function besideTarget(nodes: readonly HeaderNode[], year: number, actual: HeaderNode): { nodes: HeaderNode[]; placed: boolean } {
  let placed = false;
  const out: HeaderNode[] = [];
  for (const node of nodes) {
    if (node.children && !placed) {
      const inner = besideTarget(node.children, year, actual);
      placed = inner.placed;
      out.push({ ...node, children: inner.nodes });
      continue;
    }
    out.push(node);
    if (!placed && node.metric === "target" && node.year === year) {
      out.push(actual);
      placed = true;
    }
  }
  return { nodes: out, placed };
}

/**
 * The header tree as the sheet shows it. The profile's tree is the official table; two kinds of
 * layout gain a column so the sheet can be used, not only printed: a year-by-year target table with
 * no actual column gets "{year}年完成" beside that year's target (target and actual side by side),
 * and a fill-in form gets a blank answer column. Both are marked added, like the profile's own.
 */
export function withAddedColumns(layout: AttachmentLayout, year: number): HeaderNode[] {
  if (layout.kind === "form") {
    return [...layout.headerRows, { text: t("report.attachment.answer"), metric: "text", added: true }];
  }
  if (layout.kind === "target-table" && !hasMetric(layout.headerRows, "actual")) {
    const actual: HeaderNode = { text: t("report.attachment.actualOfYear", { year }), metric: "actual", year, added: true };
    return besideTarget(layout.headerRows, year, actual).nodes;
  }
  return [...layout.headerRows];
}

/** Texts of the added leaves of a header tree, for the note under the table. */
export function addedLeafTexts(nodes: readonly HeaderNode[], year: number): string[] {
  return nodes.flatMap((n) => (n.children ? addedLeafTexts(n.children, year) : n.added ? [n.text.replace(/\{year\}/g, String(year))] : []));
}
