import { useState } from "react";
import { Button, Field, Radio, RadioGroup } from "@fluentui/react-components";
import { t, type Lang } from "../../core/i18n";
import { saveFile } from "../file/save-file";
import type { DownloadMode } from "../flow/pane-workbook";
import type { Flow } from "../flow/use-flow";
import { ProgressOption } from "./progress-option";
import { ActionGroup } from "./workbook-actions";

/** Standalone: 「下载汇总表」 as a new workbook of the summary sheets, or a lossless copy of the input with them added. */
export function DownloadSection({ flow, lang, intoCopy }: { flow: Flow; lang: Lang; intoCopy: boolean }) {
  const [mode, setMode] = useState<DownloadMode>("new");
  return (
    <ActionGroup id="summary" title={t("pane.section.summary", {}, lang)}>
      <Field label={t("pane.summary.mode", {}, lang)}>
        <RadioGroup value={mode} onChange={(_e, d) => setMode(d.value as DownloadMode)}>
          <Radio value="new" label={t("pane.summary.modeNew", {}, lang)} />
          <Radio value="copy" label={t("pane.summary.modeCopy", {}, lang)} disabled={!intoCopy} />
        </RadioGroup>
      </Field>
      <ProgressOption flow={flow} lang={lang} />
      <Button appearance="primary" disabled={flow.busy !== null || flow.run === null} onClick={() => flow.download(mode, saveFile)}>
        {t("pane.summary.download", {}, lang)}
      </Button>
    </ActionGroup>
  );
}
