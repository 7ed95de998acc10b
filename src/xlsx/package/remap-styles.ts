/** Rewrites style indices of a grafted sheet: cell and row s="N", column style="N", cfRule dxfId="N"; an index a map does not list stays. */
export function remapSheetStyles(sheetXml: string, xf: readonly number[], dxf: readonly number[]): string {
  const toXf = (n: string) => String(xf[Number(n)] ?? n);
  const toDxf = (n: string) => String(dxf[Number(n)] ?? n);
  return sheetXml
    .replace(/(<(?:c|row)\b[^>]*?\ss=")(\d+)"/g, (_, pre: string, n: string) => `${pre}${toXf(n)}"`)
    .replace(/(<col\b[^>]*?\sstyle=")(\d+)"/g, (_, pre: string, n: string) => `${pre}${toXf(n)}"`)
    .replace(/(<cfRule\b[^>]*?\sdxfId=")(\d+)"/g, (_, pre: string, n: string) => `${pre}${toDxf(n)}"`);
}

/** Rewrites differential-format indices of a grafted table part (headerRowDxfId, dataDxfId…). */
export function remapTableStyles(tableXml: string, dxf: readonly number[]): string {
  return tableXml.replace(/(\s\w*DxfId=")(\d+)"/g, (_, pre: string, n: string) => `${pre}${dxf[Number(n)] ?? n}"`);
}
