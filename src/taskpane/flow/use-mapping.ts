import { useCallback, useState } from "react";
import { browserStore, recallMapping, rememberMapping } from "./remembered-mapping";

/** The clerk's column mapping (the pane's --map), remembered per workbook. */
export interface Mapping {
  overrides: Record<string, string>;
  /** True when the mapping came from an earlier session on this workbook. */
  remembered: boolean;
  /** Sets one column's field (null = not used) and returns the whole new mapping. */
  set(key: string, field: string | null): Record<string, string>;
  /** Forgets every override. */
  reset(): void;
}

/** The mapping of the workbook with this key, kept in the browser's storage as it changes. */
export function useMapping(workbookKey: string): Mapping {
  const [store] = useState(browserStore);
  const [initial] = useState(() => recallMapping(store, workbookKey));
  const [overrides, setOverrides] = useState<Record<string, string>>(initial);
  const set = useCallback(
    (key: string, field: string | null) => {
      const next = { ...overrides, [key]: field ?? "none" };
      setOverrides(next);
      rememberMapping(store, workbookKey, next);
      return next;
    },
    [overrides, store, workbookKey],
  );
  const reset = useCallback(() => {
    setOverrides({});
    rememberMapping(store, workbookKey, {});
  }, [store, workbookKey]);
  return { overrides, remembered: Object.keys(initial).length > 0, set, reset };
}
