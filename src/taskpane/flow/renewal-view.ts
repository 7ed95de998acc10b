import { renewalRadar, type RadarCertificate } from "../../core/renewal/renewal-radar";
import { yearEndProjection, type ProjectedRow } from "../../core/renewal/year-end-projection";
import type { CheckRun } from "./run-check";

/** The pane's renewal radar: the certificates to chase and the figures their lapsing puts at risk this year. */
export interface RenewalView {
  asOf: string;
  within: number;
  certificates: RadarCertificate[];
  /** Rows met (or judged) now whose judgement or attained count changes at 12-31 if none renews. */
  atRisk: ProjectedRow[];
}

/** The renewal window the pane starts with: the CLI's default. */
export const DEFAULT_WITHIN = 90;

/**
 * The same radar and year-end projection `anbiao renewals` prints, over the checked rosters; null
 * when the workbook holds no roster (a count table has no certificates to watch).
 */
export function renewalView(run: CheckRun, within: number): RenewalView | null {
  const rosters = run.result.rosters;
  if (rosters.read.rosters.length === 0) return null;
  const { profile, asOf, year } = run.campaign;
  const radar = renewalRadar(rosters.classification, asOf, within);
  const projection = yearEndProjection(profile, rosters.classification.classes.map((k) => k.record), year, rosters.metrics);
  // A row whose count the lapses lower; a target met now and missed at year end comes first.
  const atRisk = projection
    .filter((p) => p.yearEnd.attained < p.now.attained)
    .sort((a, b) => Number(b.now.met === true && b.yearEnd.met === false) - Number(a.now.met === true && a.yearEnd.met === false));
  return { asOf, within, certificates: radar.certificates, atRisk };
}
