import { useEffect, useState } from "react";
import { MessageBar, MessageBarBody, Spinner } from "@fluentui/react-components";
import { t, type Lang } from "../../core/i18n";
import { errorSentence } from "../flow/error-message";
import type { PaneWorkbook } from "../flow/pane-workbook";
import { Workspace } from "./workspace";

/** Inside Excel: connects to the open workbook through the injected port once, then runs the flow over it (a language switch keeps the flow). */
export function ExcelWorkspace({ open, lang }: { open: () => Promise<PaneWorkbook>; lang: Lang }) {
  const [state, setState] = useState<{ workbook: PaneWorkbook } | { error: unknown } | null>(null);
  useEffect(() => {
    let live = true;
    open().then(
      (workbook) => live && setState({ workbook }),
      (error: unknown) => live && setState({ error }),
    );
    return () => {
      live = false;
    };
  }, [open]);
  if (state === null) return <Spinner size="tiny" label={t("pane.busy", {}, lang)} />;
  if ("error" in state) {
    return (
      <MessageBar intent="error">
        <MessageBarBody>{errorSentence(state.error, lang)}</MessageBarBody>
      </MessageBar>
    );
  }
  return <Workspace workbook={state.workbook} lang={lang} />;
}
