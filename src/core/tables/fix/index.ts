export * from "./types";
export { rateFormulaEdits } from "./rate-formula-edits";
export { fixCountTables, type CountTableFixes } from "./fix-count-tables";
