export * from "./iso-date";
export * from "./validity";
