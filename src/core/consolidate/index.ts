export * from "./submission";
export * from "./read-submission";
export * from "./consolidate";
export * from "./city-sheets";
