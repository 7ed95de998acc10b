import type { CliIo } from "./io";

/** Commander's English usage errors, recognised so they can be said in the reader's language. */
const PATTERNS: [RegExp, string][] = [
  [/required option '([^']+)' not specified/, "cli.usage.missingOption"],
  [/missing required argument '([^']+)'/, "cli.usage.missingArgument"],
  [/unknown option '([^']+)'/, "cli.usage.unknownOption"],
  [/unknown command '([^']+)'/, "cli.usage.unknownCommand"],
  [/option '([^']+)' argument missing/, "cli.usage.optionArgument"],
  [/too many arguments/, "cli.usage.tooMany"],
];

/** One line for a usage error: commander's message translated when recognised, with a pointer to --help. */
export function usageMessage(raw: string, io: CliIo): string {
  const text = raw.replace(/^error:\s*/, "").trim();
  for (const [pattern, key] of PATTERNS) {
    const m = pattern.exec(text);
    if (m) return io.msg("cli.usage", { detail: io.msg(key, { name: m[1] ?? "" }) });
  }
  return io.msg("cli.usage", { detail: text.split("\n")[0] });
}
