export { crc32 } from "../lean/crc32";
