// What the long main-thread tasks from navigation through warm-up are made of: a Chrome trace of
// one essay at the given CPU throttling, each task over 50 ms listed with its largest parts
// (script evaluation, compilation, function calls by source location, style and layout).
//   npx astro build --outDir /tmp/slc-trace   (NO_MINIFY=1 for readable names)
//   node --experimental-strip-types bench/warmup-trace.mjs /tmp/slc-trace <essay> [rate=4] [interact]
// `interact`: press a key on the first control as soon as it is ready (an interaction during warm-up).
import { throttledBrowser } from "./throttled.mjs";

const [dist, slug, rate = "4", interact] = process.argv.slice(2);
if (!dist || !slug) {
  console.error("usage: node --experimental-strip-types bench/warmup-trace.mjs <built site> <essay> [rate] [interact]");
  process.exit(2);
}
const { origin, browser, open, close } = await throttledBrowser(dist);
try {
  const { page } = await open(rate);
  await browser.startTracing(page, { categories: ["toplevel", "devtools.timeline", "v8.execute"] });
  await page.goto(`${origin}/essays/${slug}/`, { waitUntil: interact ? "domcontentloaded" : "load" });
  if (interact) {
    await page.waitForSelector("law-param[data-ready]");
    await page.evaluate(() => document.querySelector("law-param").dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowRight", bubbles: true })));
  }
  await page.waitForSelector("law-scope[data-warm]", { timeout: 60_000 });
  await page.waitForTimeout(300);
  const trace = JSON.parse((await browser.stopTracing()).toString());
  const events = trace.traceEvents;
  const main = events.find((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain");
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === "X");
  const tasks = onMain.filter((e) => (e.name === "RunTask" || e.name === "ThreadControllerImpl::RunTask") && e.dur > 50_000);
  const t0 = onMain[0].ts;
  for (const task of tasks) {
    console.log(`task at ${((task.ts - t0) / 1000).toFixed(0)} ms: ${(task.dur / 1000).toFixed(1)} ms`);
    const inside = onMain.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur && e.dur > 3_000);
    for (const e of inside.sort((a, b) => a.ts - b.ts)) {
      const d = e.args?.data ?? e.args?.beginData ?? {};
      const where = d.url
        ? `${d.url.split("/").pop()}${d.functionName ? ` ${d.functionName}` : ""}${d.lineNumber ? `:${d.lineNumber}` : ""}`
        : (d.functionName ?? "");
      console.log(`  +${((e.ts - task.ts) / 1000).toFixed(1)} ${e.name} ${(e.dur / 1000).toFixed(1)} ms ${where}`);
    }
  }
} finally {
  await close();
}
