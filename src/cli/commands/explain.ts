import type { Command } from "commander";
import { basename } from "path";
import { analyzeRosters } from "../../core/campaign/analyze-rosters";
import { UserError } from "../../core/errors";
import type { EnterpriseEntry } from "../../core/explain/enterprise-entry";
import { figureEntries } from "../../core/explain/figure-entries";
import { resolveFigure, resolveIndicatorFigure } from "../../core/explain/resolve-figure";
import type { RosterAnalysis } from "../../core/campaign/analyze-rosters";
import type { Profile } from "../../core/profile/schema";
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
  category?: string;
  measure?: string;
  indicator?: string;
  json?: boolean;
}

/** The figure the options name, its entries, what the JSON says of it and its heading's words. */
interface Named {
  district: string | null;
  entries: EnterpriseEntry[];
  json: Record<string, unknown>;
  heading: (io: CliIo, count: number, asOf: string) => string;
}

function named(opts: ExplainOptions, profile: Profile, analysis: RosterAnalysis, asOf: string): Named {
  const basis = { classification: analysis.classification, profile, asOf };
  const districts = analysis.classification.districts;
  if (opts.indicator !== undefined) {
    const ref = resolveIndicatorFigure(profile, districts, { district: opts.district, indicator: opts.indicator });
    const indicator = profile.indicators![ref.indicator];
    return {
      district: ref.district,
      entries: figureEntries({ district: ref.district, indicator: indicator.id }, basis),
      json: { indicator: indicator.id, indicatorName: indicator.name },
      heading: (io, count) => io.msg("explain.headingIndicator", { district: ref.district ?? io.msg("metric.total"), indicator: indicator.name, count, asOf }),
    };
  }
  if (opts.category === undefined || opts.measure === undefined) throw new UserError("explain.needFigure", {});
  const ref = resolveFigure(profile, districts, { district: opts.district, category: opts.category, measure: opts.measure });
  const category = profile.categories[ref.category];
  return {
    district: ref.district,
    entries: figureEntries({ district: ref.district, category: category.id, measure: ref.measure }, basis),
    json: { category: category.id, categoryName: category.name, measure: ref.measure },
    heading: (io, count) => io.msg("explain.heading", { district: ref.district ?? io.msg("metric.total"), category: category.name, measure: io.msg(`explain.measure.${ref.measure}`), count, asOf }),
  };
}

/**
 * `anbiao explain FILE --profile ID --district D --category C --measure M` (a row's count or what a count target counts), or
 * `--district D --indicator I`: the enterprises one figure counted, drawn by the tests it was counted by.
 */
export function registerExplain(program: Command, io: CliIo, setExit: (code: number) => void): void {
  withRosterOptions(engineCommand(program, io, "explain", "cli.cmd.explain", "file"), io)
    .requiredOption("--district <name>", io.msg("cli.opt.figureDistrict"))
    .option("--category <id|name>", io.msg("cli.opt.category"))
    .option("--measure <measure>", io.msg("cli.opt.measure"))
    .option("--indicator <id|name>", io.msg("cli.opt.indicator"))
    .option("--json", io.msg("cli.opt.json"))
    .action(async (file: string, opts: ExplainOptions) => {
      const { asOf, year } = parsePeriod(opts);
      const profile = await loadProfile(opts.profile, io.lang);
      const analysis = analyzeRosters(await readXlsxFile(file), profile, { asOf, year, overrides: parseMapSpecs(mapSpecs(opts)) });
      requireRoster(analysis, file, io.lang);
      const figure = named(opts, profile, analysis, asOf);
      const source = basename(file);
      if (opts.json) {
        const json = { file, profile: profile.id, year, asOf, district: figure.district, ...figure.json, count: figure.entries.length, enterprises: figure.entries.map((e) => ({ ...e, file: source })) };
        io.out(JSON.stringify(json, null, 2));
      } else {
        io.out(figure.heading(io, figure.entries.length, asOf));
        printEntries(figure.entries, source, io);
      }
      setExit(ExitCode.ok);
    });
}
