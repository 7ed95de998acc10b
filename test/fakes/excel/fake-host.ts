import type { ExcelHost } from "../../../src/excel/run";
import type { FakeExcel } from "./fake-excel";

/** The ExcelHost the adapter runs on, over a fake Excel. */
export function fakeHost(fake: FakeExcel): ExcelHost {
  return {
    run: (options, batch) => fake.run(options, batch),
    isSetSupported: (name, version) => fake.isSetSupported(name, version),
    platform: fake.platform,
  };
}
