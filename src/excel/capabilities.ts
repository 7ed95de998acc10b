import { maxOf } from "../core/collections";
import type { PortCapabilities } from "../port/workbook-port";
import type { ExcelHost } from "./run";

const LEVELS = ["1.7", "1.8", "1.9", "1.11", "1.12", "1.13", "1.14"] as const;

/** The ExcelApi levels the adapter tells apart, as numbers. */
export interface ApiLevels {
  /** Minor version of the highest level present among those the adapter uses (13 for 1.13), 0 below 1.7. */
  level: number;
  has: (version: (typeof LEVELS)[number]) => boolean;
}

/** Asks the host once which requirement sets it has. */
export function detectLevels(host: ExcelHost): ApiLevels {
  const present = new Set(LEVELS.filter((v) => host.isSetSupported("ExcelApi", v)));
  // Minor versions: "1.13" is above "1.9".
  const level = present.size === 0 ? 0 : maxOf([...present].map((v) => Number(v.split(".")[1])));
  return { level, has: (v) => present.has(v) };
}

/** The port's capabilities of an Excel host. */
export function excelCapabilities(host: ExcelHost, levels: ApiLevels): PortCapabilities {
  return {
    host: "excel",
    platform: host.platform,
    apiLevel: levels.level > 0 ? String(LEVELS.filter((v) => levels.has(v)).pop()) : null,
    supports: {
      readMerges: levels.has("1.13"),
      customProperties: levels.has("1.12"),
      pageLayout: levels.has("1.9"),
      setCellProperties: levels.has("1.9"),
      events: levels.has("1.7"),
      flags: levels.has("1.7"),
      select: true,
      editCells: levels.has("1.7"),
      selectionEvents: levels.has("1.7"),
    },
  };
}
