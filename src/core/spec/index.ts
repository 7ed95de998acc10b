export * from "./spec";
export * from "./marker";
export * from "./place-sheets";
