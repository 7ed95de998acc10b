export { buildAttachmentSheets, sheetNameFor } from "./build-attachment-sheets";
export { attachmentSheet } from "./attachment-sheet";
