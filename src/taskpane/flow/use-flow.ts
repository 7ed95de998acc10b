import type { Lang } from "../../core/i18n/lang";
import type { Profile } from "../../core/profile/schema";
import type { DownloadMode, PaneWorkbook } from "./pane-workbook";
import type { CheckRun } from "./run-check";
import { useActions, type Notice } from "./use-action";
import { useCampaign } from "./use-campaign";
import { useCheck, type CheckPhase } from "./use-check";
import { useFlags } from "./use-flags";
import { useLive } from "./use-live";
import { useMapping } from "./use-mapping";
import { useRates, type RateState } from "./use-rates";
import { useSummary } from "./use-summary";
import type { FigureCells } from "./figure-cells";
import type { ProgressChoice } from "./use-progress";
import { useConsolidate } from "./use-consolidate";
import { useTemplates } from "./use-templates";
import type { OpenedFile } from "../file/file-workbook";

export type { Notice } from "./use-action";
export type { CheckPhase } from "./use-check";
export type { RateState } from "./use-rates";

/** Everything the pane shows, and the clerk's actions on it (the components' one prop). */
export interface Flow {
  profiles: Profile[];
  profileId: string;
  year: string;
  asOf: string;
  overrides: Record<string, string>;
  rememberedMapping: boolean;
  check: CheckPhase;
  run: CheckRun | null;
  notice: Notice | null;
  busy: string | null;
  flagged: boolean;
  summaryIn: boolean;
  /** The inserted summary's figures by sheet and cell (null when none is in): a selection there shows its enterprises. */
  summaryFigures: FigureCells | null;
  /** 历年进度: the city's progress over the years on the summary's 图表 sheet, and the years chosen. */
  progress: ProgressChoice;
  rates: RateState;
  live: boolean;
  setProfileId(id: string): void;
  addProfile(p: Profile): void;
  setYear(v: string): void;
  setAsOf(v: string): void;
  setOverride(key: string, field: string | null): void;
  resetMapping(): void;
  startCheck(): void;
  cancelCheck(): void;
  select(sheet: string, address: string): void;
  flagRows(): void;
  clearFlags(): void;
  insertSummary(): void;
  removeSummary(): void;
  proposeRates(): void;
  confirmRates(): void;
  dismissRates(): void;
  restoreRates(): void;
  setLive(on: boolean): void;
  download(mode: DownloadMode, save: (f: { name: string; bytes: Uint8Array }) => void): void;
  /** 生成填报模板: the district templates as one download. */
  makeTemplates(save: (f: { name: string; bytes: Uint8Array }) => void): void;
  /** 汇总各地报表: the returned files into the city summary (written in Excel, downloaded standalone). */
  consolidate(files: OpenedFile[], save: (f: { name: string; bytes: Uint8Array }) => void): void;
  /** Shows a failure as its one catalog sentence. */
  fail(err: unknown): void;
  report(notice: Notice): void;
}

/** The clerk's flow over one workbook: campaign → check → findings → flags, summary, rates, live re-check; each concept its own hook. */
export function useFlow(workbook: PaneWorkbook, lang: Lang, now: Date = new Date()): Flow {
  const actions = useActions(lang);
  const campaign = useCampaign(now);
  const mapping = useMapping(workbook.key);
  const check = useCheck(workbook, actions, lang);
  const flags = useFlags(workbook, check, actions, lang);
  const summary = useSummary(workbook, check, actions, lang);
  const rates = useRates(workbook, check, actions, lang);
  const live = useLive(workbook, check, actions, lang);
  const makeTemplates = useTemplates(campaign, check, actions, lang);
  const consolidate = useConsolidate(workbook, campaign, actions, lang);
  return {
    profiles: campaign.profiles,
    profileId: campaign.profileId,
    year: campaign.year,
    asOf: campaign.asOf,
    overrides: mapping.overrides,
    rememberedMapping: mapping.remembered,
    check: check.phase,
    run: check.run,
    notice: actions.notice,
    busy: actions.busy,
    flagged: flags.flagged,
    summaryIn: summary.inserted,
    summaryFigures: summary.figures,
    progress: summary.progress,
    rates: rates.state,
    live: live.on,
    setProfileId: campaign.setProfileId,
    addProfile: campaign.addProfile,
    setYear: campaign.setYear,
    setAsOf: campaign.setAsOf,
    setOverride: (key, field) => check.remap(mapping.set(key, field)),
    resetMapping: () => {
      mapping.reset();
      check.remap({});
    },
    startCheck: () => check.start({ profile: campaign.profile, year: campaign.year, asOf: campaign.asOf }, mapping.overrides),
    cancelCheck: check.cancel,
    select: (sheet, address) =>
      actions.act("select", async () => {
        await workbook.select?.(sheet, address);
        return null;
      }),
    flagRows: flags.add,
    clearFlags: flags.clear,
    insertSummary: summary.insert,
    removeSummary: summary.remove,
    proposeRates: rates.propose,
    confirmRates: rates.confirm,
    dismissRates: rates.dismiss,
    restoreRates: rates.restore,
    setLive: live.set,
    download: summary.download,
    makeTemplates,
    consolidate,
    fail: actions.fail,
    report: actions.setNotice,
  };
}
