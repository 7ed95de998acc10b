import { useRef, useState, type DragEvent } from "react";
import { Body1, Button, Caption1, makeStyles, mergeClasses, Subtitle2, tokens } from "@fluentui/react-components";
import { t, type Lang } from "../../core/i18n";
import { assertXlsxName, type OpenedFile } from "../file/file-workbook";
import { readChosenFiles } from "../file/save-file";
import { errorSentence } from "../flow/error-message";

const useStyles = makeStyles({
  zone: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalM,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  over: { border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  hidden: { display: "none" },
  note: { color: tokens.colorNeutralForeground3 },
});

/** Standalone: 「打开工作簿」 and a drop area for one or more .xlsx files; a wrong file is one clear sentence. */
export function FilesSection({ lang, opened, onOpen }: { lang: Lang; opened: string | null; onOpen(files: OpenedFile[]): void }) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const take = async (list: FileList | null) => {
    if (!list || list.length === 0) return;
    try {
      for (const f of [...list]) assertXlsxName(f.name);
      setError(null);
      onOpen(await readChosenFiles(list));
    } catch (err) {
      setError(errorSentence(err, lang));
    }
    if (input.current) input.current.value = "";
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    void take(e.dataTransfer.files);
  };
  return (
    <section
      className={mergeClasses(styles.zone, over && styles.over)}
      aria-labelledby="pane-files-title"
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <Subtitle2 as="h2" id="pane-files-title">{t("pane.section.files", {}, lang)}</Subtitle2>
      <div>
        <Button appearance="primary" onClick={() => input.current?.click()}>{t("pane.files.open", {}, lang)}</Button>
        <input ref={input} className={styles.hidden} type="file" multiple accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" tabIndex={-1} aria-hidden="true" onChange={(e) => void take(e.target.files)} />
      </div>
      <Body1>{opened ? t("pane.files.opened", { files: opened }, lang) : t("pane.files.none", {}, lang)}</Body1>
      <Caption1 className={styles.note}>{t("pane.files.drop", {}, lang)} {t("pane.files.local", {}, lang)}</Caption1>
      {error && (
        <Body1 role="alert">{error}</Body1>
      )}
    </section>
  );
}
