import type { Command } from "commander";
import { areaAddress } from "../../core/grid/address";
import { columnCount, rowCount, usedArea, type Grid } from "../../core/grid/grid";
import { readRosters } from "../../core/roster/read-rosters";
import { sheetDistrictOf } from "../../core/campaign/sheet-district";
import { readXlsxFile } from "../../xlsx/read-file";
import { describeNotRoster, describeRoster } from "../describe-roster";
import { parseMapSpecs } from "../../core/roster/resolve-override";
import type { CliIo } from "../io";
import { formatValue } from "../format-value";
import { mapSpecs, withMapOption } from "../engine-command";
import { ExitCode } from "../exit-codes";

const MAX_MERGES_SHOWN = 12;

/** Prints one sheet: name, used range, merges and its first rows. */
export function describeGrid(grid: Grid, rows: number, io: CliIo): void {
  const hidden = grid.hidden ? io.msg("inspect.hidden") : "";
  if (rowCount(grid) === 0) {
    io.out(io.msg("inspect.empty", { name: grid.name, hidden }));
    return;
  }
  io.out(io.msg("inspect.sheet", { name: grid.name, hidden, range: areaAddress(usedArea(grid)), rows: rowCount(grid), cols: columnCount(grid) }));
  const merges = grid.merges ?? [];
  if (merges.length === 0) io.out(io.msg("inspect.noMerges"));
  else {
    const shown = merges.slice(0, MAX_MERGES_SHOWN).map(areaAddress).join(", ");
    const more = merges.length > MAX_MERGES_SHOWN ? " " + io.msg("inspect.more", { count: merges.length - MAX_MERGES_SHOWN }) : "";
    io.out(io.msg("inspect.merges", { count: merges.length, list: shown + more }));
  }
  const first = grid.values.slice(0, rows);
  io.out(io.msg("inspect.firstRows", { count: first.length }));
  first.forEach((r, i) => io.out(`  ${grid.origin.row + i}: ${r.map(formatValue).join(" | ")}`));
}

/** `anbiao inspect FILE`: what each sheet holds, so a clerk can see what the tool sees. */
export function registerInspect(program: Command, io: CliIo, setExit: (code: number) => void): void {
  withMapOption(program.command("inspect").description(io.msg("cli.cmd.inspect")).argument("<file>", "xlsx"), io)
    .option("--rows <n>", io.msg("cli.opt.rows"), "5")
    .action(async (file: string, opts: { rows: string; map?: string[] }) => {
      const parsed = Number.parseInt(opts.rows, 10);
      const rows = Number.isNaN(parsed) ? 5 : Math.max(0, parsed);
      const overrides = parseMapSpecs(mapSpecs(opts));
      const grids = await readXlsxFile(file);
      const read = readRosters(grids, { overrides, sheetDistrict: sheetDistrictOf(null) });
      grids.forEach((g, i) => {
        if (i > 0) io.out("");
        describeGrid(g, rows, io);
        const roster = read.rosters.find((r) => r.sheet === g.name);
        const skipped = read.skippedSheets.find((s) => s.sheet === g.name);
        if (roster) describeRoster(roster, io);
        else if (skipped) describeNotRoster(skipped, io);
      });
      for (const header of read.unusedOverrides) io.err(`anbiao: ${io.msg("roster.map.unused", { header })}`);
      setExit(ExitCode.ok);
    });
}
