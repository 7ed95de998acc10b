import { useEffect, useState } from "react";
import { MessageBar, MessageBarBody, Spinner } from "@fluentui/react-components";
import { t, type Lang } from "../../core/i18n";
import { errorSentence } from "../flow/error-message";
import type { PaneWorkbook } from "../flow/pane-workbook";
import { Workspace } from "./workspace";

/** Inside Excel: connects to the open workbook through the injected port, then runs the flow over it. */
export function ExcelWorkspace({ open, lang }: { open: () => Promise<PaneWorkbook>; lang: Lang }) {
  const [state, setState] = useState<{ workbook: PaneWorkbook } | { error: string } | null>(null);
  useEffect(() => {
    let live = true;
    open().then(
      (workbook) => live && setState({ workbook }),
      (err: unknown) => live && setState({ error: errorSentence(err, lang) }),
    );
    return () => {
      live = false;
    };
  }, [open, lang]);
  if (state === null) return <Spinner size="tiny" label={t("pane.busy", {}, lang)} />;
  if ("error" in state) {
    return (
      <MessageBar intent="error">
        <MessageBarBody>{state.error}</MessageBarBody>
      </MessageBar>
    );
  }
  return <Workspace workbook={state.workbook} lang={lang} />;
}
