export * from "./types";
export { recognizeCountTable, isNotATable } from "./recognize";
export { checkCountTables, type CheckTablesOptions, type CheckTablesResult } from "./check-count-tables";
export { tableMetrics } from "./table-metrics";
export { summarizeTable } from "./summarize";
export { readCount, readRate, readTarget, formatPercentDecimals } from "./read-cell";
