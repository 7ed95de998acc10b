import { Body1, Button, Caption1, Field, makeStyles, Select, Subtitle2, tokens } from "@fluentui/react-components";
import { hasMessage, t, type Lang } from "../../core/i18n";
import { FIELD_IDS } from "../../core/roster/fields";
import type { MappedColumn } from "../../core/roster/types";
import { overrideKey, sheetReports, type SheetReport } from "../flow/sheet-reports";
import type { Flow } from "../flow/use-flow";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  columns: { display: "grid", gridTemplateColumns: "1fr", rowGap: tokens.spacingVerticalXS },
});

const NONE = "none";

function fieldLabel(field: string, extraNames: Map<string, string>, lang: Lang): string {
  if (field === NONE) return t("pane.sheets.unmapped", {}, lang);
  const key = `roster.field.${field}`;
  return hasMessage(key) ? t(key, {}, lang) : extraNames.get(field) ?? field;
}

function ColumnField({ column, fields, extraNames, flow, lang }: { column: MappedColumn; fields: string[]; extraNames: Map<string, string>; flow: Flow; lang: Lang }) {
  const value = column.field ?? NONE;
  const header = column.path.join(" / ");
  return (
    <Field label={t("pane.sheets.columnField", { column: column.column, header }, lang)} size="small">
      <Select size="small" value={value} onChange={(_e, d) => flow.setOverride(overrideKey(column), d.value === NONE ? null : d.value)}>
        {fields.map((f) => (
          <option key={f} value={f}>{fieldLabel(f, extraNames, lang)}</option>
        ))}
      </Select>
    </Field>
  );
}

function SheetItem({ report, fields, extraNames, flow, lang }: { report: SheetReport; fields: string[]; extraNames: Map<string, string>; flow: Flow; lang: Lang }) {
  const styles = useStyles();
  return (
    <li>
      <Body1>{t(report.key, report.params, lang)}</Body1>
      {report.columns.length > 0 && (
        <details>
          <summary>{t("pane.sheets.mapping", { sheet: report.sheet }, lang)}</summary>
          <div className={styles.columns}>
            {report.columns.map((c) => (
              <ColumnField key={c.col} column={c} fields={fields} extraNames={extraNames} flow={flow} lang={lang} />
            ))}
          </div>
        </details>
      )}
    </li>
  );
}

/** Sheets found: what each sheet was read as, records counted, and a field dropdown per column (the pane's --map). */
export function SheetsSection({ flow, lang }: { flow: Flow; lang: Lang }) {
  const styles = useStyles();
  if (!flow.run) return null;
  const profile = flow.run.campaign.profile;
  const extras = profile.rosterFields ?? [];
  const extraNames = new Map(extras.map((f) => [f.id, f.name ?? f.id]));
  const fields = [...FIELD_IDS, ...extras.map((f) => f.id), NONE];
  return (
    <section className={styles.section} aria-labelledby="pane-sheets-title">
      <Subtitle2 as="h2" id="pane-sheets-title">{t("pane.section.sheets", {}, lang)}</Subtitle2>
      {flow.rememberedMapping && Object.keys(flow.overrides).length > 0 && <Caption1>{t("pane.sheets.remembered", {}, lang)}</Caption1>}
      <ul className={styles.list}>
        {sheetReports(flow.run).map((r) => (
          <SheetItem key={r.sheet} report={r} fields={fields} extraNames={extraNames} flow={flow} lang={lang} />
        ))}
      </ul>
      {Object.keys(flow.overrides).length > 0 && (
        <div>
          <Button size="small" onClick={flow.resetMapping}>{t("pane.sheets.resetMapping", {}, lang)}</Button>
        </div>
      )}
    </section>
  );
}
