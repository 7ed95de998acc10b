export * from "./build-template";
export * from "./fill-in-layout";
export * from "./single-district";
export * from "./template-marker";
export * from "./count-sheet";
