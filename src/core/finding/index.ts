export * from "./finding";
