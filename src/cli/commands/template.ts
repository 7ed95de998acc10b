import type { Command } from "commander";
import { extname, join } from "path";
import { analyzeRosters } from "../../core/campaign/analyze-rosters";
import { UserError } from "../../core/errors";
import type { ComplianceRow } from "../../core/metrics/compliance";
import { districtUnits } from "../../core/profile/districts";
import type { District, Profile } from "../../core/profile/schema";
import { buildDistrictTemplate } from "../../core/template/build-template";
import { districtUnit } from "../../core/template/single-district";
import { guardOutput, writeOutputFile } from "../../xlsx/output-file";
import { readXlsxFile } from "../../xlsx/read-file";
import { ExitCode } from "../exit-codes";
import type { CliIo } from "../io";
import { loadProfile } from "../load-profile";
import { parsePeriod } from "../parse-options";
import { campaignYear, districtList } from "../district-options";

interface TemplateOptions {
  profile: string;
  year?: string;
  district?: string;
  all?: boolean;
  roster?: string;
  districts?: string;
  out: string;
  force?: boolean;
}

function unitsFor(profile: Profile, opts: TemplateOptions, rosterFigures: readonly ComplianceRow[] | undefined): District[] {
  if (opts.district && opts.all) throw new UserError("template.bothDistrictAll");
  const known = () => [...districtUnits(profile).map((u) => u.name), ...districtList(opts.districts)].join("、") || "—";
  if (opts.district) {
    const unit = districtUnit(profile, opts.district);
    if (!unit) throw new UserError("template.unknownDistrict", { district: opts.district, profile: profile.id, known: known() });
    return [unit];
  }
  if (!opts.all) throw new UserError("template.needDistrict");
  if (profile.districts.mode === "listed") return profile.districts.units;
  const names = districtList(opts.districts);
  for (const m of rosterFigures ?? []) if (m.district !== null && !names.includes(m.district)) names.push(m.district);
  if (names.length === 0) throw new UserError("template.noDistricts", { profile: profile.id });
  return names.map((n) => districtUnit(profile, n) as District);
}

/**
 * `anbiao template --profile ID (--district NAME | --all) -o FILE|DIR`: one fill-in workbook per
 * district — its tables with validated, unlocked inputs and locked formulas, a roster template and
 * instructions, and a hidden marker consolidation recognises. Existing files are kept unless --force.
 */
export function registerTemplate(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command("template")
    .description(io.msg("cli.cmd.template"))
    .requiredOption("--profile <id|file>", io.msg("cli.opt.profile"))
    .option("--year <yyyy>", io.msg("cli.opt.year"))
    .option("--district <name>", io.msg("cli.opt.district"))
    .option("--all", io.msg("cli.opt.all"))
    .option("--roster <file>", io.msg("cli.opt.roster"))
    .option("--districts <names>", io.msg("cli.opt.districts"))
    .requiredOption("-o, --out <file|dir>", io.msg("cli.opt.outTemplate"))
    .option("--force", io.msg("cli.opt.force"))
    .action(async (opts: TemplateOptions) => {
      const profile = await loadProfile(opts.profile);
      const year = campaignYear(profile, opts.year);
      let rosterFigures: ComplianceRow[] | undefined;
      if (opts.roster) {
        const { asOf } = parsePeriod({ year: String(year) });
        rosterFigures = analyzeRosters(await readXlsxFile(opts.roster), profile, { asOf, year }).metrics;
      }
      const units = unitsFor(profile, opts, rosterFigures);
      const single = units.length === 1 && extname(opts.out).toLowerCase() === ".xlsx";
      if (units.length > 1 && extname(opts.out).toLowerCase() === ".xlsx") throw new UserError("template.outNotDir", { count: units.length, out: opts.out });
      const { newWorkbookBytes } = await import("../../xlsx/write-workbook");
      for (const unit of units) {
        const file = single ? opts.out : join(opts.out, io.msg("template.fileName", { year, district: unit.name }).replace(/[\\/:*?"<>|]/g, "_"));
        await guardOutput(opts.roster ?? "", file, opts.force);
        const built = buildDistrictTemplate({ profile, year, unit, rosterFigures });
        await writeOutputFile(file, await newWorkbookBytes(built.sheets));
        io.out(io.msg("template.wrote", { district: unit.name, file }));
      }
      setExit(ExitCode.ok);
    });
}
