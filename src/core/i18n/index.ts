export * from "./lang";
export * from "./translate";
