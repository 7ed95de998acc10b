import { useEffect, useRef } from "react";
import { figureAt, type FigureCells } from "./figure-cells";
import type { PickedFigure } from "./figure-list";
import type { PaneWorkbook } from "./pane-workbook";

/**
 * While summary sheets the pane inserted are in, a selection of one of their count cells picks its
 * figure: the subscription follows the inserted sheets (none once removed, renewed on re-insert).
 * The figure comes from the map of what was written, so a selection costs the host no request.
 */
export function useFigureSelection(workbook: PaneWorkbook, figures: FigureCells | null, onPick: (figure: PickedFigure) => void): void {
  const pick = useRef(onPick);
  pick.current = onPick;
  useEffect(() => {
    if (!figures || figures.size === 0 || !workbook.onSelect) return;
    let stop: (() => Promise<void>) | null = null;
    let live = true;
    workbook
      .onSelect([...figures.keys()], ({ sheet, address }) => {
        const figure = figureAt(figures, sheet, address);
        if (!figure || !live) return;
        const from = { sheet, address };
        if ("parts" in figure) pick.current({ district: figure.district, parts: figure.parts, from });
        else pick.current("indicator" in figure ? { district: figure.district, indicator: figure.indicator, from } : { district: figure.district, category: figure.category, measure: figure.measure, from });
      })
      .then((s) => {
        if (live) stop = s;
        else void s();
      })
      // A sheet renamed or deleted by the clerk before the subscription landed: selecting there shows nothing, the rest of the pane is unaffected.
      .catch(() => undefined);
    return () => {
      live = false;
      if (stop) void stop();
    };
  }, [workbook, figures]);
}
