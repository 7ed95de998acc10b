import type { Command } from "commander";
import type { CliIo } from "../io";

/** Registers a subcommand on the program; it reports its exit status through setExit. */
export type RegisterCommand = (program: Command, io: CliIo, setExit: (code: number) => void) => void;

/** A subcommand of `anbiao` by name, its module loaded only when it is the one run (or for the help listing). */
export interface CommandEntry {
  name: string;
  load: () => Promise<RegisterCommand>;
}

// Loading every command's module (the summary writers, the template maker, the consolidator…) took
// a third of the CLI's start-up for a run that uses one of them.
/** Every subcommand of `anbiao`, in the order --help lists them. */
export const commands: readonly CommandEntry[] = [
  { name: "inspect", load: async () => (await import("./inspect")).registerInspect },
  { name: "profiles", load: async () => (await import("./profiles")).registerProfiles },
  { name: "check", load: async () => (await import("./check")).registerCheck },
  { name: "summarize", load: async () => (await import("./summarize")).registerSummarize },
  { name: "fix-rates", load: async () => (await import("./fix-rates")).registerFixRates },
  { name: "template", load: async () => (await import("./template")).registerTemplate },
  { name: "consolidate", load: async () => (await import("./consolidate")).registerConsolidate },
  { name: "explain", load: async () => (await import("./explain")).registerExplain },
  { name: "renewals", load: async () => (await import("./renewals")).registerRenewals },
  { name: "worklist", load: async () => (await import("./worklist")).registerWorklist },
];

/** The word naming the subcommand in user arguments (argv without node and script), skipping --lang's value; undefined when there is none. */
export function commandWord(args: readonly string[]): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "--lang") i++;
    else if (!a.startsWith("-")) return a;
  }
  return undefined;
}

/** The commands a run needs: the one its arguments name, or all of them (help, version, a mistyped name listed against the real ones). */
export async function commandsFor(args: readonly string[]): Promise<RegisterCommand[]> {
  const word = commandWord(args);
  const named = commands.filter((c) => c.name === word);
  return Promise.all((named.length === 1 ? named : commands).map((c) => c.load()));
}
