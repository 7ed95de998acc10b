/** Exit status of the `anbiao` command. */
export const ExitCode = {
  /** Ran, and found no error. */
  ok: 0,
  /** Ran, and found findings of severity error. */
  findings: 1,
  /** Bad usage or unreadable input. */
  usage: 2,
  /** A bug: reported in one line, never a stack trace. */
  internal: 3,
} as const;
