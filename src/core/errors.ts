import type { MessageParams } from "./i18n/lang";

/**
 * A problem with the user's input or usage, carrying a catalog key: surfaces print its message as
 * one line (the CLI exits 2), never a stack trace.
 */
export class UserError extends Error {
  constructor(
    readonly key: string,
    readonly params: MessageParams = {},
  ) {
    super(key);
    this.name = "UserError";
  }
}
