import type { Command } from "commander";
import type { CliIo } from "../io";
import { registerInspect } from "./inspect";
import { registerProfiles } from "./profiles";
import { registerCheck } from "./check";
import { registerSummarize } from "./summarize";
import { registerFixRates } from "./fix-rates";
import { registerTemplate } from "./template";
import { registerConsolidate } from "./consolidate";
import { registerExplain } from "./explain";
import { registerRenewals } from "./renewals";
import { registerWorklist } from "./worklist";

/** Registers a subcommand on the program; it reports its exit status through setExit. */
export type RegisterCommand = (program: Command, io: CliIo, setExit: (code: number) => void) => void;

/** Every subcommand of `anbiao`, in the order --help lists them. */
export const commands: RegisterCommand[] = [registerInspect, registerProfiles, registerCheck, registerSummarize, registerFixRates, registerTemplate, registerConsolidate, registerExplain, registerRenewals, registerWorklist];
