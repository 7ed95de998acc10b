export * from "./schema";
export * from "./issue";
export * from "./parse";
export * from "./districts";
export * from "./match";
export * from "./label-match";
export * from "./targets";
export * from "./header";
export { builtinProfiles, findBuiltinProfile, builtinProfileIds } from "./builtin";
