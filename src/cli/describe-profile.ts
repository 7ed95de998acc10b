import type { CliIo } from "./io";
import { columnCount } from "../core/profile/header";
import type { Category, Profile, TargetEntry, YearTargets } from "../core/profile/schema";

function showValue(v: TargetEntry): string {
  const values = Array.isArray(v) ? v : [v];
  return values
    .map((x) => {
      if (x === "/") return "/";
      if (typeof x === "number") return `${+(x * 100).toFixed(1)}%`;
      const op = x.op && x.op !== ">=" ? x.op : "≥";
      const main = x.rate !== undefined ? `${+(x.rate * 100).toFixed(1)}%` : `${x.count}`;
      const of = x.of ? `/${x.of.join("+")}` : "";
      const per = x.per ? `@${x.per}` : "";
      return `${op}${main}${of}${per}`;
    })
    .join(" & ");
}

/** "2022 80% · 2023 100% · 2024 /": a category's or indicator's targets on one line. */
export function targetsLine(targets: YearTargets | undefined): string {
  return Object.entries(targets ?? {})
    .map(([year, v]) => `${year} ${showValue(v)}`)
    .join(" · ");
}

function describeCategory(c: Category, io: CliIo): void {
  const base = c.declaredBase !== undefined ? io.msg("profiles.show.base", { value: c.declaredBase }) : "";
  const others = (c.bases ?? []).filter((b) => b.value !== c.declaredBase);
  const also = others.length > 0 ? io.msg("profiles.show.bases", { list: others.map((b) => `${b.value} ${b.source}`).join("; ") }) : "";
  io.out(io.msg("profiles.show.category", { id: c.id, name: c.name, grade: io.msg(`profiles.show.grade.${c.requiredGrade}`), rate: io.msg(`profiles.show.rate.${c.rate}`), base: base + also }));
  if (c.targets) io.out(io.msg("profiles.show.targets", { list: targetsLine(c.targets) }));
  if (c.districtTargets) io.out(io.msg("profiles.show.districtTargets", { count: Object.keys(c.districtTargets).length }));
}

/** Prints a readable summary of a profile: identity, districts, categories with bases and targets, indicators, phases, deadlines, attachments. */
export function describeProfile(p: Profile, io: CliIo): void {
  const none = io.msg("profiles.none");
  io.out(io.msg("profiles.show.title", { title: p.title }));
  io.out(io.msg("profiles.show.identity", { id: p.id, issuer: p.issuer, doc: p.documentNumber ?? none, date: p.date ?? none, from: p.period.from, to: p.period.to, draft: p.status === "draft" ? io.msg("profiles.show.draft") : "" }));
  const d = p.districts;
  if (d.mode === "listed") io.out(io.msg("profiles.show.districtsListed", { label: d.label, count: d.units.length, list: d.units.map((u) => u.name).join("、") }));
  else io.out(io.msg("profiles.show.districtsOpen", { label: d.label }));
  io.out(io.msg("profiles.show.categories", { count: p.categories.length }));
  p.categories.forEach((c) => describeCategory(c, io));
  if (p.indicators?.length) {
    io.out(io.msg("profiles.show.indicators", { count: p.indicators.length }));
    for (const ind of p.indicators) {
      io.out(io.msg("profiles.show.indicator", { id: ind.id, name: ind.name }));
      if (ind.targets) io.out(io.msg("profiles.show.targets", { list: targetsLine(ind.targets) }));
    }
  }
  if (p.phases?.length) {
    io.out(io.msg("profiles.show.phases"));
    p.phases.forEach((ph) => io.out(io.msg("profiles.show.phase", { name: ph.name, from: ph.from, to: ph.to, count: ph.categories.length })));
  }
  if (p.deadlines?.length) {
    io.out(io.msg("profiles.show.deadlines"));
    p.deadlines.forEach((dl) => io.out(io.msg("profiles.show.deadline", { when: dl.date ?? io.msg("profiles.show.yearly", { monthDay: dl.yearly }), what: dl.what })));
  }
  if (p.attachments?.length) {
    io.out(io.msg("profiles.show.attachments", { count: p.attachments.length }));
    p.attachments.forEach((a) => io.out(io.msg("profiles.show.attachment", { label: a.label, title: a.title, columns: columnCount(a) })));
  }
  if (p.discrepancies?.length) {
    io.out(io.msg("profiles.show.discrepancies", { count: p.discrepancies.length }));
    p.discrepancies.forEach((x) => io.out(io.msg("profiles.show.discrepancy", { what: x.what })));
  }
}
