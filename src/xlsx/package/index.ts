export { intoCopyBytes } from "./into-copy";
export { intoCopyFile, type IntoCopyOptions } from "./into-copy-file";
