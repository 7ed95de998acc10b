import { nurseryCap, NURSERY_CAP_MB, type HeapControls } from "../../src/cli/nursery-cap";

const MIB = 1024 * 1024;

/** Fake V8 controls whose young generation has the given committed sizes (MB), one per poll. */
function fakeV8(youngMb: (number | null)[]): HeapControls & { flags: string[]; reads: number } {
  const fake = {
    flags: [] as string[],
    reads: 0,
    spaces: () => {
      const mb = youngMb[Math.min(fake.reads++, youngMb.length - 1)];
      return [{ space_name: "old_space", space_size: 90 * MIB }, ...(mb === null ? [] : [{ space_name: "new_space", space_size: mb * MIB }])];
    },
    setFlags: (f: string) => void fake.flags.push(f),
  };
  return fake;
}

describe("nurseryCap", () => {
  it("stops the young generation growing once it holds two semi-spaces of the cap, exactly once", () => {
    const v8 = fakeV8([1, 2, 4, 2 * NURSERY_CAP_MB - 1, 2 * NURSERY_CAP_MB, 32, 32]);
    const poll = nurseryCap(v8);
    for (let i = 0; i < 4; i++) poll();
    expect(v8.flags).toEqual([]);
    poll();
    expect(v8.flags).toEqual(["--semi-space-growth-factor=1"]);
    for (let i = 0; i < 10; i++) poll();
    expect(v8.flags).toEqual(["--semi-space-growth-factor=1"]);
    // After capping it no longer reads the heap: the observer costs nothing for the rest of the run.
    expect(v8.reads).toBe(5);
  });

  it("sets nothing and stops looking on a V8 without a new space", () => {
    const v8 = fakeV8([null]);
    const poll = nurseryCap(v8);
    for (let i = 0; i < 5; i++) poll();
    expect(v8.flags).toEqual([]);
    expect(v8.reads).toBe(1);
  });

  it("takes another cap", () => {
    const v8 = fakeV8([7, 8]);
    const poll = nurseryCap(v8, 4);
    poll();
    expect(v8.flags).toEqual([]);
    poll();
    expect(v8.flags).toEqual(["--semi-space-growth-factor=1"]);
  });
});
