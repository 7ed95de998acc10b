import { makeStyles, Subtitle2, Text, tokens } from "@fluentui/react-components";
import { t, type Lang } from "../../core/i18n";
import type { ComplianceRow } from "../../core/metrics/compliance";
import { complianceCharts } from "../flow/chart-bars";
import type { PickedFigure } from "../flow/figure-list";
import type { CheckRun } from "../flow/run-check";
import { ComplianceChart } from "./compliance-chart";
import { percentText } from "./percent-text";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, overflowX: "auto" },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  cell: { border: `1px solid ${tokens.colorNeutralStroke2}`, padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`, textAlign: "center", whiteSpace: "nowrap" },
  head: { backgroundColor: tokens.colorNeutralBackground3, fontWeight: tokens.fontWeightSemibold },
  met: { backgroundColor: tokens.colorPaletteGreenBackground2 },
  unmet: { backgroundColor: tokens.colorPaletteRedBackground2 },
  srOnly: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clip: "rect(0 0 0 0)", whiteSpace: "nowrap" },
  overdue: { fontWeight: tokens.fontWeightBold, color: tokens.colorPaletteRedForeground1 },
  // The cell itself is the control: the table keeps its look, the keyboard reaches every figure.
  pick: { backgroundColor: "transparent", borderTopStyle: "none", borderRightStyle: "none", borderBottomStyle: "none", borderLeftStyle: "none", paddingTop: 0, paddingRight: 0, paddingBottom: 0, paddingLeft: 0, fontFamily: "inherit", fontSize: "inherit", color: "inherit", textAlign: "center", display: "block", width: "100%", cursor: "pointer", ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` } },
  picked: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: "-2px" },
});

/** The figures a cell shows: the rate (or count), and for an unmet target the gap in enterprises and overdue. */
interface CellView {
  figure: string;
  verdict: string;
  met: boolean | null;
  overdue: boolean;
}

function cellView(row: ComplianceRow, lang: Lang): CellView {
  const figure = row.actual === null ? "/" : row.targetKind === "count" ? String(row.actual) : percentText(row.actual);
  if (row.met === null) return { figure, verdict: t("pane.compliance.noTarget", {}, lang), met: null, overdue: false };
  if (row.met) return { figure, verdict: t("pane.compliance.met", {}, lang), met: true, overdue: false };
  const parts = [t("pane.compliance.unmet", {}, lang), t("pane.compliance.gap", { gap: row.gap ?? 0 }, lang)];
  if (row.overdue) parts.push(t("pane.compliance.overdue", {}, lang));
  return { figure, verdict: parts.join("，"), met: false, overdue: row.overdue === true };
}

/** The compliance overview a bureau chief reads at a glance: district × category, green met, red unmet with the gap, overdue marked. */
export function ComplianceOverview({ run, lang, picked, onPick }: { run: CheckRun; lang: Lang; picked?: PickedFigure | null; onPick?: (figure: PickedFigure) => void }) {
  const styles = useStyles();
  const rows = run.result.rosterMetrics;
  const categories = [...new Map(rows.map((r) => [r.category, r.categoryName])).entries()];
  const districts = [...new Set(rows.map((r) => r.district))];
  const byKey = new Map(rows.map((r) => [`${r.district ?? ""}\u0000${r.category}`, r]));
  const title = t("pane.compliance.title", {}, lang);
  const charts = complianceCharts(rows);
  return (
    <section className={styles.section} aria-labelledby="pane-compliance-title">
      <Subtitle2 as="h2" id="pane-compliance-title">{title}</Subtitle2>
      {rows.length === 0 ? (
        <Text>{t("pane.compliance.none", {}, lang)}</Text>
      ) : (
        <table className={styles.table} aria-labelledby="pane-compliance-title">
          <thead>
            <tr>
              <th className={`${styles.cell} ${styles.head}`} scope="col">{t("pane.compliance.district", {}, lang)}</th>
              {categories.map(([id, name]) => (
                <th key={id} className={`${styles.cell} ${styles.head}`} scope="col">{name}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {districts.map((d) => {
              const districtName = d ?? t("pane.compliance.total", {}, lang);
              return (
                <tr key={d ?? ""}>
                  <th className={`${styles.cell} ${styles.head}`} scope="row">{districtName}</th>
                  {categories.map(([id, name]) => {
                    const row = byKey.get(`${d ?? ""}\u0000${id}`);
                    if (!row) return <td key={id} className={styles.cell}>/</td>;
                    const v = cellView(row, lang);
                    const cls = [styles.cell, v.met === true ? styles.met : v.met === false ? styles.unmet : "", v.overdue ? styles.overdue : ""].join(" ");
                    const content = (
                      <>
                        {v.figure}
                        {v.met === false && (
                          <div>
                            {t("pane.compliance.gap", { gap: row.gap ?? 0 }, lang)}
                            {v.overdue ? ` ${t("pane.compliance.overdue", {}, lang)}` : ""}
                          </div>
                        )}
                        {v.met !== false && <span className={styles.srOnly}> {v.verdict}</span>}
                      </>
                    );
                    const isPicked = picked !== null && picked !== undefined && "category" in picked && picked.category === id && picked.district === d;
                    return (
                      <td key={id} className={`${cls} ${isPicked ? styles.picked : ""}`} title={t("pane.compliance.cell", { district: districtName, category: name, rate: v.figure, verdict: v.verdict }, lang)}>
                        {onPick ? (
                          <button type="button" className={styles.pick} aria-pressed={isPicked} aria-label={t("pane.compliance.pick", { district: districtName, category: name, rate: v.figure, verdict: v.verdict }, lang)} onClick={() => onPick({ district: d, category: id })}>
                            {content}
                          </button>
                        ) : content}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {charts.map((c) => <ComplianceChart key={c.category} chart={c} lang={lang} />)}
    </section>
  );
}
