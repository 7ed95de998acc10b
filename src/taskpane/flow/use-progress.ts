import { useState } from "react";
import { progressYearsOf } from "../../core/metrics/progress-years";
import type { CheckRun } from "./run-check";

/** 历年进度: whether the inserted 图表 sheet charts the city's progress, and over which years. */
export interface ProgressChoice {
  /** The profile's rate-target years up to the run's as-of year (fewer than two: nothing to chart). */
  offered: number[];
  on: boolean;
  /** The years included, in order: every year offered unless the clerk unticked it (never fewer than two). */
  years: number[];
  /** What the summary is built with: the years when on, none when off. */
  chosen: number[];
  setOn(on: boolean): void;
  /** Ticks or unticks a year; the last two years stay ticked. */
  setYear(year: number, included: boolean): void;
}

/** The clerk's 历年进度 choice over the last run's campaign; the years unticked are remembered across runs. */
export function useProgress(run: CheckRun | null): ProgressChoice {
  const [on, setOn] = useState(false);
  const [unticked, setUnticked] = useState<readonly number[]>([]);
  const offered = run ? progressYearsOf(run.campaign.profile, run.campaign.asOf) : [];
  const left = offered.filter((y) => !unticked.includes(y));
  // A new campaign whose years the clerk had mostly unticked starts from all of them again.
  const years = left.length >= 2 ? left : offered;
  const usable = on && years.length >= 2;
  return {
    offered,
    on: usable,
    years,
    chosen: usable ? years : [],
    setOn,
    setYear: (year, included) => {
      if (included) setUnticked(unticked.filter((y) => y !== year));
      else if (years.length > 2) setUnticked([...unticked, year]);
    },
  };
}
