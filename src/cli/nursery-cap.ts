import { getHeapSpaceStatistics, setFlagsFromString } from "v8";

/**
 * The semi-space size (MB) at which V8 is told to stop growing its young generation. Under the
 * reader's allocation rate V8 doubles the nursery up to 16 MB semi-spaces, and on the 100k-row peer
 * roster `check` then peaks at 260–266 MB; held at 8 MB it peaks at 228–236 MB for the same time
 * (5 alternating runs each); at 4 MB it peaks at 213–222 MB but takes ~10% longer, the collector
 * running twice as often. Node cannot set `--max-semi-space-size` for a running process, but V8
 * reads its growth factor each time it grows the nursery.
 */
export const NURSERY_CAP_MB = 8;

const MIB = 1024 * 1024;

/** What the cap reads and sets: V8's own functions, or fakes in a test. */
export interface HeapControls {
  spaces: () => readonly { space_name: string; space_size: number }[];
  setFlags: (flags: string) => void;
}

const v8Controls: HeapControls = { spaces: getHeapSpaceStatistics, setFlags: setFlagsFromString };

/**
 * A poll (for part-stream's chunk observer) that, once the young generation has two semi-spaces of
 * `capMb` committed, sets V8's semi-space growth factor to 1 so it grows no further, and from then
 * on does nothing. A V8 that ignores the flag only leaves the nursery as it would have been.
 */
export function nurseryCap(controls: HeapControls = v8Controls, capMb = NURSERY_CAP_MB): () => void {
  let done = false;
  return () => {
    if (done) return;
    const young = controls.spaces().find((s) => s.space_name === "new_space");
    if (young === undefined) {
      done = true; // a V8 without a semi-space nursery: nothing to cap
      return;
    }
    if (young.space_size < 2 * capMb * MIB) return;
    controls.setFlags("--semi-space-growth-factor=1");
    done = true;
  };
}
