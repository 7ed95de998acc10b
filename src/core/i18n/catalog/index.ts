import type { MessageSection } from "../lang";
import { common } from "./common";
import { cli } from "./cli";
import { taskpane } from "./taskpane";
import { profile } from "./profile";
import { checks } from "./checks";
import { packageMessages } from "./package";
import { roster } from "./roster";
import { tables } from "./tables";
import { report } from "./report";
import { summary } from "./summary";
import { fix } from "./fix";
import { districts } from "./districts";
import { damage } from "./damage";
import { adapter } from "./adapter";
import { template } from "./template";
import { district } from "./district";
import { figures } from "./figures";
import { deadlines } from "./deadlines";
import { paneFlow } from "./pane-flow";
import { explain } from "./explain";
import { officeErrors } from "./office-errors";
import { radar } from "./radar";

/**
 * Every user-facing string of the product, one section per area. Sections are separate files only
 * so that areas can grow independently; keys must be unique across them (a test checks).
 */
export const catalogSections: Record<string, MessageSection> = { common, cli, taskpane, profile, checks, package: packageMessages, roster, tables, report, summary, fix, districts, damage, adapter, template, district, figures, deadlines, paneFlow, explain, officeErrors, radar };
