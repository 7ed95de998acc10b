/**
 * Issue 17 in the browser: the standalone page reads .xlsx files in a Web Worker with the same lean
 * reader as the CLI, so a hostile file must give the same clear sentence there, never hang or
 * balloon the tab. A slice of the fuzz corpus (every 40th workbook input of each family, and the
 * named bombs: a value at XFD1048576, a merge to XFD1048576, a reference B2_000000, 70–130 MB of
 * <row/>) is opened one after another in one page of the single-file build in Debian's chromium.
 * For each: the page's notice is the sentence the reader gives in Node for the same bytes (or the
 * check completes when Node reads them), the page still answers, it never crashed, and its heap
 * stays bounded.
 */
import type { Browser, CDPSession, Page } from "playwright-core";
import { pathToFileURL } from "url";
import { corpus, type FuzzInput } from "../fuzz/corpus";
import { readXlsxBytes } from "../../src/xlsx/read-bytes";
import { UserError } from "../../src/core/errors";
import { t } from "../../src/core/i18n/translate";
import { isolatedContext, launchChromium, SINGLE_FILE } from "./pane-browser";

const WORKBOOK_FAMILIES = new Set(["truncated", "bitflip", "zeroed", "zip", "xml", "values"]);

/** The slice: every 40th input of each family that is a workbook, and the bombs by name. */
function hostileInputs(): FuzzInput[] {
  const slice = [...corpus(17, 1000, 40)].filter((i) => WORKBOOK_FAMILIES.has(i.family) && i.bytes);
  const named = [...corpus(17, 1000)].filter((i) => ["values-0", "values-1", "values-2", "zip-10"].includes(i.id));
  return [...slice, ...named.filter((n) => !slice.some((s) => s.id === n.id))];
}

/** What the Node reader says of the bytes: its sentence when it refuses them, null when it reads them. */
async function nodeVerdict(input: FuzzInput): Promise<string | null> {
  try {
    await readXlsxBytes(input.bytes as Uint8Array, `${input.id}.xlsx`);
    return null;
  } catch (err) {
    if (err instanceof UserError) return t(err.key, err.params, "zh-CN");
    throw err;
  }
}

/** Resolves with the page's answer, or "no answer" when it gives none within the bound. */
async function answers(page: Page, ms: number): Promise<string> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<string>((r) => { timer = setTimeout(() => r("no answer"), ms); });
  try {
    return await Promise.race([page.evaluate(() => "answered"), late]);
  } finally {
    clearTimeout(timer);
  }
}

async function heapMb(cdp: CDPSession): Promise<number> {
  const { metrics } = (await cdp.send("Performance.getMetrics")) as { metrics: { name: string; value: number }[] };
  return Math.round((metrics.find((m) => m.name === "JSHeapUsedSize")?.value ?? 0) / 1048576);
}

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium([SINGLE_FILE]);
});

afterAll(async () => {
  await browser?.close();
});

describe("hostile workbooks in the standalone page (issue 17, browser reader)", () => {
  it("every input of the browser slice gives the Node reader's sentence (or a finished check), and the page keeps answering without crashing or ballooning", async () => {
    const inputs = hostileInputs();
    expect(inputs.length).toBeGreaterThanOrEqual(20);
    const { context, log } = await isolatedContext(browser, null);
    const page = await context.newPage();
    let crashed = false;
    page.on("crash", () => { crashed = true; });
    const cdp = await context.newCDPSession(page);
    await cdp.send("Performance.enable");
    await page.goto(pathToFileURL(SINGLE_FILE).href);
    const outcomes: { id: string; expected: string; got: string; answered: string; heapMb: number }[] = [];
    let refused = 0, read = 0;
    for (const input of inputs) {
      const name = `${input.id}.xlsx`;
      const expected = await nodeVerdict(input);
      const chooser = page.waitForEvent("filechooser");
      await page.getByRole("button", { name: "打开工作簿" }).click();
      await (await chooser).setFiles({ name, mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: Buffer.from(input.bytes as Uint8Array) });
      await page.getByText(`已打开：${name}`).waitFor();
      await page.getByRole("combobox", { name: "创建方案" }).selectOption("suzhou-2022");
      await page.getByRole("button", { name: "检查台账" }).click();
      // The notice of this run: an error sentence, or the check's completion.
      const notice = page.getByRole("alert").or(page.getByText(/^检查完成：/)).first();
      await notice.waitFor({ timeout: 90_000 });
      const got = (await notice.textContent()) ?? "";
      if (expected === null) read++;
      else refused++;
      // Read in Node: the page reads it too (the check is done, or it finds no roster in what it read).
      const want = expected ?? (got.startsWith("工作簿中没有可识别的台账") ? got : "检查完成");
      outcomes.push({ id: input.id, expected: want, got: expected === null && got.startsWith("检查完成：") ? "检查完成" : got, answered: await answers(page, 10_000), heapMb: await heapMb(cdp) });
      await page.getByRole("button", { name: "检查台账" }).waitFor();
    }
    await context.close();
    expect(outcomes.filter((o) => o.got !== o.expected || o.answered !== "answered" || o.heapMb > 256)).toEqual([]);
    expect(crashed).toBe(false);
    expect(log.pageErrors).toEqual([]);
    // The slice holds both kinds: refused files and files read.
    expect(refused).toBeGreaterThan(5);
    expect(read).toBeGreaterThan(5);
  }, 900_000);
});
