// Scratch: times open → check → download in the single file over a roster (not committed).
const { chromium } = require("playwright-core");
(async () => {
  const file = process.argv[2];
  const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless","--no-sandbox"] });
  const c = await b.newContext({ locale: "zh-CN", acceptDownloads: true, viewport: {width: 420, height: 760} }); const p = await c.newPage();
  p.on("pageerror", e => console.log("pageerror", e.message));
  await p.goto("file:///work/wt/pane/dist/anbiao.html");
  const ch = p.waitForEvent("filechooser");
  await p.getByRole("button", { name: "打开工作簿" }).click();
  let t0 = Date.now();
  await (await ch).setFiles(file);
  await p.getByText(/已打开/).waitFor();
  console.log("open (bytes into page)", Date.now() - t0, "ms");
  await p.getByRole("combobox", { name: "创建方案" }).selectOption("suzhou-2022");
  await p.getByLabel("统计年度").fill("2022"); await p.getByLabel("统计日").fill("2022-10-01");
  t0 = Date.now();
  // responsiveness probe: count animation frames during the check
  await p.evaluate(() => { window.__frames = 0; window.__maxGap = 0; let last = performance.now(); const f = () => { const n = performance.now(); window.__maxGap = Math.max(window.__maxGap, n - last); last = n; window.__frames++; if (!window.__stop) requestAnimationFrame(f); }; requestAnimationFrame(f); });
  await p.getByRole("button", { name: "检查台账" }).click();
  await p.getByRole("region", { name: "检查结果" }).waitFor({ timeout: 300000 });
  const done = await p.getByText(/检查完成/).textContent();
  console.log("check (read in worker + engine + render)", Date.now() - t0, "ms;", done);
  console.log("longest frame gap during reading+check", await p.evaluate(() => { window.__stop = true; return Math.round(window.__maxGap); }), "ms");
  t0 = Date.now();
  const d = p.waitForEvent("download");
  await p.getByRole("button", { name: "下载汇总表" }).click();
  await (await d).path();
  console.log("download new workbook", Date.now() - t0, "ms");
  await b.close();
})();
