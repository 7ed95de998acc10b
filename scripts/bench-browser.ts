/**
 * The standalone page's check in Debian's chromium (the reader in its Web Worker with fflate, then
 * the engine on the page), on a roster file: from the click on 检查台账 to the findings region, and
 * the page's JS heap after it. Not a test: figures for issue 16 ("the browser reader at 100k").
 * Usage: tsx scripts/bench-browser.ts FILE [runs] (after `npm run build:web`; never downloads a browser).
 */
import { existsSync } from "fs";
import { join, resolve } from "path";
import { isolatedContext, launchChromium, WEB_DIR } from "../test/taskpane/pane-browser";
import { serveFolder } from "../test/taskpane/static-server";

const file = resolve(process.argv[2] ?? join(__dirname, "..", ".bench", "peer-100k.xlsx"));
const runs = Number(process.argv[3] ?? "3");

async function main(): Promise<void> {
  if (!existsSync(file)) throw new Error(`${file} is missing: node ../shared/bench/gen_roster.mjs --rows 100000 --out .bench/peer-100k.xlsx`);
  const browser = await launchChromium([join(WEB_DIR, "taskpane.html")]);
  const server = await serveFolder(WEB_DIR);
  const times: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const { context } = await isolatedContext(browser, server.origin);
      const page = await context.newPage();
      await page.goto(`${server.origin}/taskpane.html`);
      const chooser = page.waitForEvent("filechooser");
      await page.getByRole("button", { name: "打开工作簿" }).click();
      await (await chooser).setFiles(file);
      await page.getByText("已打开：", { exact: false }).waitFor();
      await page.getByRole("combobox", { name: "创建方案" }).selectOption("suzhou-2022");
      await page.getByLabel("统计年度").fill("2023");
      await page.getByLabel("统计日").fill("2023-12-31");
      const start = Date.now();
      await page.getByRole("button", { name: "检查台账" }).click();
      await page.getByRole("region", { name: "检查结果" }).waitFor({ timeout: 300_000 });
      const ms = Date.now() - start;
      times.push(ms);
      const cdp = await context.newCDPSession(page);
      await cdp.send("Performance.enable");
      const { metrics } = await cdp.send("Performance.getMetrics");
      const heap = metrics.find((m) => m.name === "JSHeapUsedSize")?.value ?? 0;
      console.log(`  run ${i + 1}: check ${ms} ms (click → findings), page JS heap after ${(heap / 1048576).toFixed(0)} MB`);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  times.sort((a, b) => a - b);
  console.log(`browser check (standalone page, chromium), ${file.split("/").pop()}: best ${times[0]} ms, median ${times[Math.floor(times.length / 2)]} ms (${runs} runs)`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
