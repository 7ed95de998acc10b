import { classifyRecords, type Classification, type MetricsInput, type Standing } from "./classify-records";
import { rateOf, type MetricRow } from "./metric-row";

export type { MetricCategory, MetricsInput } from "./classify-records";

interface Tally {
  base: number;
  attained: number;
  attainedThisYear: number;
  applying: number;
}

const emptyTally = (): Tally => ({ base: 0, attained: 0, attainedThisYear: 0, applying: 0 });

function count(t: Tally, s: Standing): void {
  t.base++;
  if (s.attained) t.attained++;
  if (s.attainedThisYear) t.attainedThisYear++;
  if (s.applying) t.applying++;
}

/**
 * Base, attained, applying and both rates per district × category, then the totals (district null),
 * counted from the classification (classifyRecords) so that every list of enterprises behind a
 * figure has exactly that many. Official district order, then first seen; profile category order.
 */
export function metricsOf(classification: Classification, categories: MetricsInput["categories"]): MetricRow[] {
  const nCat = categories.length;
  const districtIndex = new Map(classification.districts.map((d, i) => [d, i]));
  const tallies: Tally[][] = classification.districts.map(() => categories.map(emptyTally));
  const total: Tally[] = categories.map(emptyTally);
  const { classes } = classification;
  // Indexed, not for-of: no iterator result per record and standing before the loops are optimized.
  for (let i = 0; i < classes.length; i++) {
    const k = classes[i];
    if (k.excluded !== null) continue;
    const row = k.district === null ? null : tallies[districtIndex.get(k.district) as number];
    // The district's tally and the total's, added to directly: no two-element array per standing.
    for (let j = 0; j < k.standings.length; j++) {
      const s = k.standings[j];
      if (row) count(row[s.category], s);
      count(total[s.category], s);
    }
  }
  const rows: MetricRow[] = [];
  const emit = (district: string | null, t: Tally[]) => {
    for (let c = 0; c < nCat; c++) {
      const cat = categories[c];
      const { base, attained, attainedThisYear, applying } = t[c];
      rows.push({ district, category: cat.id, categoryName: cat.name, base, attained, attainedThisYear, applying, creationRate: rateOf(attained + applying, base), attainmentRate: rateOf(attained, base) });
    }
  };
  classification.districts.forEach((d, i) => emit(d, tallies[i]));
  emit(null, total);
  return rows;
}

/**
 * Base, attained, applying and both rates per district × category, then the totals (district null):
 * the records classified once (see classifyRecords), then counted.
 */
export function computeMetrics(input: MetricsInput): MetricRow[] {
  return metricsOf(classifyRecords(input), input.categories);
}
