export { maxOf, minOf } from "./extremes";
export { appendAll } from "./append-all";
