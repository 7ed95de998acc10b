import type { Status } from "./record";

/** Statuses that take an enterprise out of every base: closed, suspended, deregistered, transferred out (调出底数). */
export const OUT_OF_SCOPE: ReadonlySet<Status> = new Set(["closed", "suspended", "deregistered", "transferred"]);
