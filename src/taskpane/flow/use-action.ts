import { useCallback, useState } from "react";
import type { Lang } from "../../core/i18n/lang";
import { errorSentence } from "./error-message";

/** A line of feedback under the actions: what happened, or what went wrong, in one sentence. */
export interface Notice {
  intent: "success" | "error" | "info" | "warning";
  text: string;
}

/** The feedback line and the busy mark shared by every workbook action. */
export interface Actions {
  notice: Notice | null;
  busy: string | null;
  setNotice(n: Notice | null): void;
  /** Shows any failure as its one catalog sentence. */
  fail(err: unknown): void;
  /** Runs one action under the busy mark: its notice on success, its error as one sentence. */
  act(name: string, action: () => Promise<Notice | null>): void;
}

/** One action at a time, each ending in a notice: nothing a host throws is swallowed or shown raw. */
export function useActions(lang: Lang): Actions {
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const fail = useCallback((err: unknown) => setNotice({ intent: "error", text: errorSentence(err, lang) }), [lang]);
  const act = useCallback(
    (name: string, action: () => Promise<Notice | null>) => {
      setBusy(name);
      setNotice(null);
      action().then(
        (n) => {
          setBusy(null);
          if (n) setNotice(n);
        },
        (err: unknown) => {
          setBusy(null);
          fail(err);
        },
      );
    },
    [fail],
  );
  return { notice, busy, setNotice, fail, act };
}
