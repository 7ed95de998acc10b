import { makeStyles, tokens } from "@fluentui/react-components";
import { t, type Lang } from "../../core/i18n";
import type { CategoryChart } from "../flow/chart-bars";
import { percentText } from "./percent-text";

const useStyles = makeStyles({
  chart: { display: "block", width: "100%", maxWidth: "360px" },
  label: { fontSize: "11px", fill: tokens.colorNeutralForeground1 },
  met: { fill: tokens.colorPaletteGreenBorderActive },
  unmet: { fill: tokens.colorPaletteRedBorderActive },
  none: { fill: tokens.colorNeutralStroke1 },
  target: { stroke: tokens.colorNeutralForeground1, strokeWidth: 1.5, strokeDasharray: "3 2" },
});

const ROW = 16;
const LABEL = 64;
const WIDTH = 340;
const FIGURE = 44;
const TOP = 14;

/** One category's rates by district as horizontal bars (capped at 100%), the target a dashed line. */
export function ComplianceChart({ chart, lang }: { chart: CategoryChart; lang: Lang }) {
  const styles = useStyles();
  const plot = WIDTH - LABEL - FIGURE;
  const x = (rate: number) => LABEL + Math.min(1, Math.max(0, rate)) * plot;
  const height = TOP + chart.bars.length * ROW + 4;
  const total = t("pane.compliance.total", {}, lang);
  const name = t("pane.chart.name", { category: chart.categoryName, target: chart.target === null ? t("pane.compliance.noTarget", {}, lang) : percentText(chart.target) }, lang);
  return (
    <svg className={styles.chart} role="img" aria-label={name} viewBox={`0 0 ${WIDTH} ${height}`} data-category={chart.category}>
      <title>{name}</title>
      <text className={styles.label} x={0} y={10}>{chart.categoryName}</text>
      {chart.bars.map((b, i) => {
        const y = TOP + i * ROW;
        const district = b.district ?? total;
        return (
          <g key={b.district ?? ""} data-bar={district} data-rate={b.rate}>
            <title>{t("pane.chart.bar", { district, rate: percentText(b.rate) }, lang)}</title>
            <text className={styles.label} x={0} y={y + 11}>{district}</text>
            <rect className={b.met === true ? styles.met : b.met === false ? styles.unmet : styles.none} x={LABEL} y={y + 2} width={Math.max(1, x(b.rate) - LABEL)} height={ROW - 5} />
            <text className={styles.label} x={x(b.rate) + 3} y={y + 11}>{percentText(b.rate)}</text>
          </g>
        );
      })}
      {chart.target !== null && <line className={styles.target} data-target={chart.target} x1={x(chart.target)} x2={x(chart.target)} y1={TOP - 2} y2={height - 2} />}
    </svg>
  );
}
