// The long tasks (over 50 ms, the Long Tasks API, as the bench counts them) from navigation through
// warm-up of each essay at 4× CPU, each placed against the page's milestones: DOMContentLoaded,
// load, the runtime's chunks arriving, warm-up done. Several runs per essay: these numbers are noisy.
//   npx astro build --outDir /tmp/slc-tasks
//   node --experimental-strip-types bench/warmup-tasks.mjs /tmp/slc-tasks [runs=3] [essay…]
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, findChromium } from "../test/setup/browser.ts";
import { serveDir } from "../test/setup/server.ts";

const [dist, runsArg = "3", ...only] = process.argv.slice(2);
if (!dist) {
  console.error("usage: node --experimental-strip-types bench/warmup-tasks.mjs <built site> [runs] [essay…]");
  process.exit(2);
}
const essays = only.length
  ? only
  : readdirSync(join(dist, "essays"), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
const { origin, close } = await serveDir(dist);
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
try {
  for (const slug of essays) {
    for (let run = 0; run < Number(runsArg); run++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.addInitScript(() => {
        window.__longtasks = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) window.__longtasks.push({ start: e.startTime, duration: e.duration });
        }).observe({ type: "longtask", buffered: true });
        new MutationObserver(() => {
          if (document.querySelector("law-scope[data-warm]") && !window.__warmAt) window.__warmAt = performance.now();
        }).observe(document, { subtree: true, attributes: true, attributeFilter: ["data-warm"] });
      });
      const cdp = await context.newCDPSession(page);
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
      await page.goto(`${origin}/essays/${slug}/`, { waitUntil: "load" });
      await page.waitForSelector("law-scope[data-warm]", { timeout: 60_000 });
      const r = await page.evaluate(() => {
        const n = performance.getEntriesByType("navigation")[0];
        const chunks = performance
          .getEntriesByType("resource")
          .filter((e) => e.name.endsWith(".js"))
          .map((e) => `${e.name.split("/").pop().split(".")[0]}@${Math.round(e.responseEnd)}`);
        return { dcl: n.domContentLoadedEventEnd, load: n.loadEventEnd, warm: window.__warmAt, tasks: window.__longtasks, chunks };
      });
      const label = (t) => (t < r.dcl ? "parse" : t < r.load ? "load" : "after load");
      console.log(
        `${slug} #${run + 1}: DCL ${Math.round(r.dcl)}, load ${Math.round(r.load)}, warm ${Math.round(r.warm)} | tasks ${r.tasks.map((t) => `${Math.round(t.duration)}@${Math.round(t.start)}(${label(t.start)})`).join(" ")} | ${r.chunks.join(" ")}`,
      );
      await context.close();
    }
  }
} finally {
  await browser.close();
  await close();
}
