import { useState } from "react";
import type { Lang } from "../../core/i18n";
import { fileWorkbook, type OpenedFile } from "../file/file-workbook";
import { gridReader } from "../file/grid-reader";
import { FilesSection } from "./files-section";
import { Workspace } from "./workspace";

/** The standalone page: open or drop .xlsx files, then the same flow over them (a new flow per set of files). */
export function Standalone({ lang }: { lang: Lang }) {
  const [opened, setOpened] = useState<{ files: OpenedFile[]; serial: number } | null>(null);
  const workbook = opened ? fileWorkbook(opened.files, gridReader, lang) : null;
  return (
    <>
      <FilesSection lang={lang} opened={workbook?.label ?? null} onOpen={(files) => setOpened((o) => ({ files, serial: (o?.serial ?? 0) + 1 }))} />
      {workbook && opened && <Workspace key={`${opened.serial}:${lang}`} workbook={workbook} lang={lang} />}
    </>
  );
}
