export * from "./submission";
export * from "./read-submission";
export * from "./consolidate";
export * from "./city-sheets";
export * from "./skipped-file";
export * from "./submission-counts";
