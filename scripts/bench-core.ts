/**
 * Times the core after reading: row checks, metrics and compliance (analyzeRosters minus the
 * roster reader) on N synthetic normalized records for the Suzhou profile, to show linear growth.
 * Records are built directly, so 1,000,000 of them need no 1,000,000-row Grid.
 * Usage: node --expose-gc -r tsx/cjs scripts/bench-core.ts [sizes, e.g. 100000,1000000] [runs]
 */
import { campaignView } from "../src/core/campaign/campaign-view";
import { districtResolver } from "../src/core/campaign/district-resolver";
import { membershipOf } from "../src/core/campaign/membership";
import { checkRows } from "../src/core/checks/row-rules";
import { computeMetrics } from "../src/core/metrics/compute-metrics";
import { complianceOf } from "../src/core/metrics/compliance";
import { findBuiltinProfile } from "../src/core/profile";
import type { Grade, RosterRecord, Status } from "../src/core/roster/record";
import { makeUscc } from "./samples/uscc";

const SIZES = (process.argv[2] ?? "100000,1000000").split(",").map(Number);
const RUNS = Number(process.argv[3] ?? 3);
const DISTRICTS = ["张家港市", "常熟", "太仓市", "昆山", "吴江区", "吴中", "相城区", "姑苏", "园区", "苏州高新区", "昆仙"];
const CATEGORY_SETS = [["亿元以上企业"], ["亿元以上企业", "工贸重点领域规上企业"], ["两重点一重大"], ["工贸重点领域规下企业"], ["非工贸重点领域规上企业"], ["其余危化品企业"]];
const GRADES: (Grade | null)[] = [2, 3, 1, null, 3, 2];
const STATUSES: Status[] = ["attained", "attained", "applying", "creating", "none", "closed"];
function records(n: number): RosterRecord[] {
  const out: RosterRecord[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const status = STATUSES[i % STATUSES.length];
    const month = 1 + (i % 12);
    out[i] = {
      sheet: "台账", row: i + 4, name: `企业${i}`, uscc: makeUscc(i % 997 === 0 ? i - 1 : i),
      district: DISTRICTS[i % DISTRICTS.length], sector: null, scale: null, size: null,
      categories: CATEGORY_SETS[i % CATEGORY_SETS.length], flags: {}, grade: status === "attained" ? GRADES[i % GRADES.length] : null, status,
      certificateNumber: null, issueDate: status === "attained" ? `20${19 + (i % 4)}-${String(month).padStart(2, "0")}-15` : null,
      expiryDate: null, applying: status === "applying" ? 2022 : null, remark: null, extras: {}, problems: [],
      columns: { name: "B", uscc: "C", district: "D", category: "E", grade: "F", status: "G", issueDate: "H" },
    };
  }
  return out;
}

function run(recs: RosterRecord[]): { ms: number; findings: number } {
  const profile = findBuiltinProfile("suzhou-2022")!;
  const t0 = performance.now();
  const membership = membershipOf(profile);
  const districts = districtResolver(profile);
  const findings = checkRows({ records: recs, subtotals: [], unidentified: [], campaign: campaignView(profile, membership, districts, 2022), asOf: "2022-10-01", year: 2022 });
  const rows = computeMetrics({ records: recs, categories: profile.categories, membership, districtOf: (r) => districts.nameOf(r.district), districts: districts.order, asOf: "2022-10-01", year: 2022 });
  complianceOf(rows, profile, 2022);
  return { ms: performance.now() - t0, findings: findings.length };
}

for (const n of SIZES) {
  const recs = records(n);
  const times: number[] = [];
  let findings = 0;
  for (let i = 0; i < RUNS; i++) {
    (globalThis as { gc?: () => void }).gc?.();
    const r = run(recs);
    times.push(r.ms);
    findings = r.findings;
  }
  times.sort((a, b) => a - b);
  const heap = process.memoryUsage().heapUsed / 2 ** 20;
  process.stdout.write(`core checks + metrics, ${n.toLocaleString("en")} records: best ${times[0].toFixed(0)} ms, median ${times[Math.floor(times.length / 2)].toFixed(0)} ms (${findings} findings, heap ${heap.toFixed(0)} MB)\n`);
}
