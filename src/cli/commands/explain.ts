import type { Command } from "commander";
import { basename } from "path";
import { analyzeRosters } from "../../core/campaign/analyze-rosters";
import { UserError } from "../../core/errors";
import type { EnterpriseEntry } from "../../core/explain/enterprise-entry";
import { figureEntries } from "../../core/explain/figure-entries";
import { groupTitle } from "../../core/explain/group-label";
import { resolveFigure, resolveIndicatorFigure } from "../../core/explain/resolve-figure";
import { resolveSector, resolveStage } from "../../core/explain/resolve-group";
import type { GroupFigure, GroupPart } from "../../core/spec/spec";
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
  stage?: string;
  sector?: string;
  json?: boolean;
}

/** The figure the options name, its entries, what the JSON says of it and its heading's words. */
interface Named {
  district: string | null;
  entries: EnterpriseEntry[];
  json: Record<string, unknown>;
  heading: (io: CliIo, count: number, asOf: string) => string;
}

/**
 * A group the options name: a stage's categories (--stage with --measure), or an indicator or a
 * category's measure narrowed to a sector (--sector), both when both are given.
 */
function namedGroup(opts: ExplainOptions, profile: Profile, analysis: RosterAnalysis, asOf: string, io: CliIo): Named {
  const basis = { classification: analysis.classification, profile, asOf };
  const sector = opts.sector === undefined ? {} : { sector: resolveSector(profile, opts.sector) };
  const stage = opts.stage === undefined ? undefined : resolveStage(profile, opts.stage);
  let parts: GroupPart[];
  let json: Record<string, unknown>;
  let district: string | null;
  if (opts.indicator !== undefined && stage === undefined) {
    const ref = resolveIndicatorFigure(profile, analysis.classification.districts, { district: opts.district, indicator: opts.indicator });
    const indicator = profile.indicators![ref.indicator];
    parts = [{ indicator: indicator.id, ...sector }];
    json = { indicator: indicator.id, indicatorName: indicator.name };
    district = ref.district;
  } else {
    if (opts.measure === undefined || (opts.stage === undefined && opts.category === undefined)) throw new UserError("explain.needFigure", {});
    // The district and measure read as for one category (the stage's first when a stage is named).
    const ref = resolveFigure(profile, analysis.classification.districts, { district: opts.district, category: opts.category ?? stage!.categories[0], measure: opts.measure });
    const ids = stage ? stage.categories.filter((id) => profile.categories.some((c) => c.id === id)) : [profile.categories[ref.category].id];
    parts = ids.map((category) => ({ category, measure: ref.measure, ...sector }));
    json = { ...(stage ? { stage: stage.id, stageName: stage.name } : { category: ids[0] }), measure: ref.measure };
    district = ref.district;
  }
  if (sector.sector) json.sector = sector.sector;
  const figure: GroupFigure = { district, parts };
  const group = groupTitle(figure, profile, io.lang);
  return {
    district,
    entries: figureEntries(figure, basis),
    json,
    heading: (io2, count) => io2.msg("explain.headingGroup", { district: district ?? io2.msg("metric.total"), group, count, asOf }),
  };
}

function named(opts: ExplainOptions, profile: Profile, analysis: RosterAnalysis, asOf: string, io: CliIo): Named {
  if (opts.stage !== undefined || opts.sector !== undefined) return namedGroup(opts, profile, analysis, asOf, io);
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
 * `--district D --indicator I`, or a group (`--stage S --measure M`, `--sector S` narrowing either):
 * the enterprises one figure counted, drawn by the tests it was counted by.
 */
export function registerExplain(program: Command, io: CliIo, setExit: (code: number) => void): void {
  withRosterOptions(engineCommand(program, io, "explain", "cli.cmd.explain", "file"), io)
    .requiredOption("--district <name>", io.msg("cli.opt.figureDistrict"))
    .option("--category <id|name>", io.msg("cli.opt.category"))
    .option("--measure <measure>", io.msg("cli.opt.measure"))
    .option("--indicator <id|name>", io.msg("cli.opt.indicator"))
    .option("--stage <id|name|number>", io.msg("cli.opt.stage"))
    .option("--sector <id|name>", io.msg("cli.opt.sector"))
    .option("--json", io.msg("cli.opt.json"))
    .action(async (file: string, opts: ExplainOptions) => {
      const { asOf, year } = parsePeriod(opts);
      const profile = await loadProfile(opts.profile, io.lang);
      const analysis = analyzeRosters(await readXlsxFile(file), profile, { asOf, year, overrides: parseMapSpecs(mapSpecs(opts)) });
      requireRoster(analysis, file, io.lang);
      const figure = named(opts, profile, analysis, asOf, io);
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
