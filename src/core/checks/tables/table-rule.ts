import type { Finding } from "../../finding/finding";
import type { Profile } from "../../profile/schema";
import type { RecognizedTable, TableMetric } from "../../tables/types";

/** Everything a table rule reads: the recognised table, its metrics, the profile and the reporting year. */
export interface TableCheckContext {
  table: RecognizedTable;
  metrics: readonly TableMetric[];
  profile: Profile;
  year: number;
}

/** One count-table rule: a pure function from the context to findings, with its id for the catalog. */
export interface TableRule {
  id: string;
  check(ctx: TableCheckContext): Finding[];
}
