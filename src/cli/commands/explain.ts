import type { Command } from "commander";
import { basename } from "path";
import { analyzeRosters } from "../../core/campaign/analyze-rosters";
import { enterpriseEntry } from "../../core/explain/enterprise-entry";
import { enterprisesBehind } from "../../core/explain/enterprises-behind";
import { resolveFigure } from "../../core/explain/resolve-figure";
import { parseMapSpecs } from "../../core/roster/resolve-override";
import { readXlsxFile } from "../../xlsx/read-file";
import { engineCommand, mapSpecs, withRosterOptions } from "../engine-command";
import { ExitCode } from "../exit-codes";
import type { CliIo } from "../io";
import { loadProfile } from "../load-profile";
import { parsePeriod } from "../parse-options";
import { printEntries } from "../print-entries";
import { requireRoster } from "../require-roster";

interface ExplainOptions {
  profile: string;
  year?: string;
  asOf?: string;
  map?: string[];
  district: string;
  category: string;
  measure: string;
  json?: boolean;
}

/**
 * `anbiao explain FILE --profile ID --district D --category C --measure base|attained|applying`:
 * the enterprises one figure counted, drawn from the classification the figure was counted from.
 */
export function registerExplain(program: Command, io: CliIo, setExit: (code: number) => void): void {
  withRosterOptions(engineCommand(program, io, "explain", "cli.cmd.explain", "file"), io)
    .requiredOption("--district <name>", io.msg("cli.opt.figureDistrict"))
    .requiredOption("--category <id|name>", io.msg("cli.opt.category"))
    .requiredOption("--measure <base|attained|applying>", io.msg("cli.opt.measure"))
    .option("--json", io.msg("cli.opt.json"))
    .action(async (file: string, opts: ExplainOptions) => {
      const { asOf, year } = parsePeriod(opts);
      const profile = await loadProfile(opts.profile, io.lang);
      const analysis = analyzeRosters(await readXlsxFile(file), profile, { asOf, year, overrides: parseMapSpecs(mapSpecs(opts)) });
      requireRoster(analysis, file, io.lang);
      const figure = resolveFigure(profile, analysis.classification.districts, opts);
      const entries = enterprisesBehind(analysis.classification, figure.category, figure.district, figure.measure).map(enterpriseEntry);
      const category = profile.categories[figure.category];
      const source = basename(file);
      if (opts.json) {
        const json = { file, profile: profile.id, year, asOf, district: figure.district, category: category.id, categoryName: category.name, measure: figure.measure, count: entries.length, enterprises: entries.map((e) => ({ ...e, file: source })) };
        io.out(JSON.stringify(json, null, 2));
      } else {
        io.out(io.msg("explain.heading", { district: figure.district ?? io.msg("metric.total"), category: category.name, measure: io.msg(`explain.measure.${figure.measure}`), count: entries.length, asOf }));
        printEntries(entries, source, io);
      }
      setExit(ExitCode.ok);
    });
}
