import { useEffect, useState } from "react";
import type { HostInfo } from "../excel/host";

/** The task pane's view of host detection: still asking, answered, or failed with a reason. */
export type HostState = { phase: "detecting" } | { phase: "ready"; host: HostInfo } | { phase: "failed"; detail: string };

/** Runs the injected host detection once and tracks its outcome; failures are shown, never dropped. */
export function useHost(detect: () => Promise<HostInfo>): HostState {
  const [state, setState] = useState<HostState>({ phase: "detecting" });
  useEffect(() => {
    let live = true;
    detect().then(
      (host) => {
        if (live) setState({ phase: "ready", host });
      },
      (err: unknown) => {
        console.error(err); // the stack, for whoever opens the developer tools; the pane shows the message
        if (live) setState({ phase: "failed", detail: err instanceof Error ? err.message : String(err) });
      },
    );
    return () => {
      live = false;
    };
  }, [detect]);
  return state;
}
