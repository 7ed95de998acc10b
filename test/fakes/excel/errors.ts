/** The error the fake throws, shaped like OfficeExtension.Error: compare `code` as a string, as with real Excel. */
export class FakeOfficeError extends Error {
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  readonly traceMessages: string[] = [];
  constructor(readonly code: string, message: string, location?: string) {
    super(message);
    this.name = "RichApi.Error";
    this.debugInfo = { code, message, errorLocation: location };
  }
}

/** What the fake throws for any member it does not implement: never a silent success. */
export function notImplemented(name: string): Error {
  return new Error(`not implemented: ${name}`);
}
