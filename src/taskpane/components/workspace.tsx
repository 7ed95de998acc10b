import { lazy, Suspense, useState } from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { Lang } from "../../core/i18n";
import type { PaneWorkbook } from "../flow/pane-workbook";
import { useFlow } from "../flow/use-flow";
import { useFigureSelection } from "../flow/use-figure-selection";
import { CampaignSection } from "./campaign-section";
import { CheckSection } from "./check-section";
import { ComplianceOverview } from "./compliance-overview";
import { DistrictSection } from "./district-section";
import { DownloadSection } from "./download-section";
import type { PickedFigure } from "../flow/figure-list";
import { FindingsRegion } from "./findings-region";
import { NoticeBar } from "./notice-bar";
import { SheetsSection } from "./sheets-section";
import { WorkbookActions } from "./workbook-actions";

// Shown only after a check: loaded then, to keep the pane's first script small (issue 13's 300 KB).
const RenewalsSection = lazy(() => import("./renewals-section").then((m) => ({ default: m.RenewalsSection })));
const FigureEnterprises = lazy(() => import("./figure-enterprises").then((m) => ({ default: m.FigureEnterprises })));

const useStyles = makeStyles({
  flow: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL },
  // The outcome of the last action stays in view at the pane's foot, whichever section was used.
  notice: { position: "sticky", bottom: 0, zIndex: 1 },
});

/** The clerk's whole flow over one workbook; what the host can do (in place or download) picks the action sections. */
export function Workspace({ workbook, lang }: { workbook: PaneWorkbook; lang: Lang }) {
  const styles = useStyles();
  const flow = useFlow(workbook, lang);
  const { abilities } = workbook;
  const [picked, setPicked] = useState<PickedFigure | null>(null);
  const canSelect = workbook.select !== undefined;
  useFigureSelection(workbook, flow.summaryFigures, setPicked);
  return (
    <div className={styles.flow}>
      <CampaignSection flow={flow} lang={lang} />
      <CheckSection flow={flow} lang={lang} />
      <SheetsSection flow={flow} lang={lang} />
      <FindingsRegion flow={flow} lang={lang} canSelect={canSelect} />
      {flow.run && <ComplianceOverview run={flow.run} lang={lang} picked={picked} onPick={setPicked} />}
      {flow.run && (
        <Suspense fallback={null}>
          {picked && <FigureEnterprises flow={flow} figure={picked} lang={lang} canSelect={canSelect} />}
          <RenewalsSection flow={flow} lang={lang} canSelect={canSelect} />
        </Suspense>
      )}
      {abilities.inPlace && <WorkbookActions flow={flow} lang={lang} canWatch={abilities.watch} />}
      {abilities.download && <DownloadSection flow={flow} lang={lang} intoCopy={abilities.download.intoCopy} />}
      <DistrictSection flow={flow} lang={lang} />
      <div className={styles.notice}>
        <NoticeBar notice={flow.notice} />
      </div>
    </div>
  );
}
