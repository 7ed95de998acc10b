import { useRef } from "react";
import { Button, makeStyles } from "@fluentui/react-components";
import { t, type Lang } from "../../core/i18n";
import { readChosenFiles, saveFile } from "../file/save-file";
import type { Flow } from "../flow/use-flow";
import { ActionGroup } from "./workbook-actions";

const useStyles = makeStyles({ hidden: { display: "none" } });

/** 各地填报: 「生成填报模板」 downloads one fill-in workbook per district; 「汇总各地报表」 takes the returned files and makes the city summary. */
export function DistrictSection({ flow, lang }: { flow: Flow; lang: Lang }) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const take = async (list: FileList | null) => {
    if (!list || list.length === 0) return;
    try {
      // A file not named .xlsx is not refused here: the city summary lists it as skipped, as the CLI does.
      flow.consolidate(await readChosenFiles(list), saveFile);
    } catch (err) {
      flow.fail(err);
    }
    if (input.current) input.current.value = "";
  };
  return (
    <ActionGroup id="district" title={t("pane.section.district", {}, lang)}>
      <Button disabled={flow.busy !== null} onClick={() => flow.makeTemplates(saveFile)}>{t("pane.templates.make", {}, lang)}</Button>
      <Button disabled={flow.busy !== null} onClick={() => input.current?.click()}>{t("pane.consolidate.run", {}, lang)}</Button>
      <input ref={input} className={styles.hidden} type="file" multiple accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" tabIndex={-1} aria-hidden="true" onChange={(e) => void take(e.target.files)} />
    </ActionGroup>
  );
}
