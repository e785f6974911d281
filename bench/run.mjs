// npm run bench: measures what the site promises, on the production build served locally, in
// real Chromium. Prints a table per essay and writes bench/results.json.
//
//   npm run bench                    (everything)
//   npm run bench -- --no-fit        (skip the full-grid fit benchmarks)
//   npm run bench -- --only-fit-page  (build, then only /fit/: 240 runs fitted in the page's worker; updates that entry)
//   npm run bench -- --lighthouse-only  (build, then only Lighthouse; other results kept from the last run)
//   npm run bench -- --runs 5        (Lighthouse runs per page; the median is kept; default 3)
//   npm run bench -- --only-essays   (build, then per essay at 4× only: long tasks and long frames through
//                                     warm-up, an interaction during warm-up, first update, update median,
//                                     medians of 3 runs (--essay-runs N); those fields of bench/results.json
//                                     updated, the rest kept from the last run)
//
// Lighthouse (bench/lighthouse.mjs; mobile, simulated throttling) on home, every essay, /figures/,
// /laws/, a figure page and /bibliography/, served with gzip and a host's cache headers by
// scripts/serve.mjs: performance score, TBT, LCP, CLS, DOM elements, style & layout time, the
// longest task, and accessibility / best practices / SEO.
//
// Measured per essay page: JS before interaction (raw/gzip) and what idle prefetch and the first
// interaction add; requests (and any to other origins); time from navigation to every figure in
// the DOM at 1× and 4× CPU, against a plain client-side render of the same figures; update
// latency (input → figures in view re-rendered; median, p90) at 1× and 4×, beside a bare
// Plot.plot of the same options in the same run, back to back and after a 30 ms pause like the
// key presses' (a render after a pause costs 2–3× one right after another on these machines:
// caches go cold), the runtime's own timings of values and figures, and how many redraws reused
// their axes, and at 4× presses alternating axis reuse on and off (src/draw/axes.ts); first update
// after warm-up and an interaction during warm-up at 4× (to the update done, and a real key press to
// the next paint, with what that paint marks as being recomputed); 20 key presses after warm-up, each
// from input to the next paint (Event Timing: what INP counts); the longest main-thread task
// (Long Tasks API: script) and the longest frame (Long Animation Frames: script, style, layout and
// paint) from navigation through warm-up, beside the same frame figure for a page of one line of
// text and for the home page (the floor); and the build time of the whole site.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, findChromium } from "../test/setup/browser.ts";
import { serveDir } from "../test/setup/server.ts";
import { jsBeforeInteraction } from "../test/setup/js-graph.ts";
import { lighthouseBench, lighthouseTable } from "./lighthouse.mjs";

const argv = process.argv.slice(2);
const args = new Set(argv);
const LIGHTHOUSE_RUNS = argv.includes("--runs") ? Number(argv[argv.indexOf("--runs") + 1]) : 3;
const PRESSES = 30;
/** `--only-essays`: runs per essay (each figure is their median); `--essay-runs N`. */
const ESSAY_RUNS = argv.includes("--essay-runs") ? Number(argv[argv.indexOf("--essay-runs") + 1]) : 3;

const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return Number.NaN;
  const i = (s.length - 1) * q;
  return s[Math.floor(i)] + (s[Math.ceil(i)] - s[Math.floor(i)]) * (i - Math.floor(i));
};
const ms = (x) => (Number.isFinite(x) ? `${x.toFixed(1)} ms` : "n/a");
const kb = (x) => `${(x / 1024).toFixed(1)} KB`;

function build() {
  const outDir = mkdtempSync(join(tmpdir(), "slc-bench-"));
  const started = performance.now();
  const result = spawnSync(process.execPath, ["node_modules/astro/bin/astro.mjs", "build", "--outDir", outDir], {
    encoding: "utf8",
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", NO_COLOR: "1" },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`build failed:\n${result.stdout.slice(-3000)}\n${result.stderr.slice(-3000)}`);
  return { outDir, seconds: (performance.now() - started) / 1000 };
}

/**
 * Instrumentation installed before any page script: long tasks (the Long Tasks API: script and
 * the work in its task, not the browser's own rendering tasks), long animation frames (LoAF:
 * a frame's tasks with its style, layout and paint, so a long first layout shows here) and the
 * Event Timing entries of key presses.
 */
const INIT = () => {
  window.__longtasks = [];
  window.__frames = [];
  window.__keydowns = [];
  try {
    // Real key presses, input → next paint (Event Timing; only entries of 16 ms or more are reported).
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === "keydown") window.__keydowns.push(e.duration);
    }).observe({ type: "event", durationThreshold: 16, buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longtasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: "longtask", buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        window.__frames.push({
          start: e.startTime,
          duration: e.duration,
          styleAndLayout: e.renderStart ? e.startTime + e.duration - e.styleAndLayoutStart : 0,
        });
    }).observe({ type: "long-animation-frame", buffered: true });
  } catch {}
};

/**
 * The floor under the frame figures: the longest frame from navigation of a page holding one
 * line of text, served by the same server (no CSS, no script), and of the site's home page.
 * On these machines neither is under 50 ms at 4×: the first frame of any page is not.
 */
async function frameFloor(browser, origin, rate) {
  const out = {};
  for (const [name, path] of [
    ["one line of text", "/__floor/"],
    ["home page", "/"],
  ]) {
    const durations = [];
    for (let i = 0; i < 3; i++) {
      const { context, page } = await newPage(browser, origin, rate);
      if (path === "/__floor/")
        await page.route(`${origin}/__floor/`, (route) =>
          route.fulfill({ contentType: "text/html", body: '<!doctype html><html lang="en"><title>floor</title><p>One line of text.</p>' }),
        );
      await page.goto(origin + path, { waitUntil: "load" });
      await page.waitForTimeout(1000);
      durations.push(await page.evaluate(() => Math.max(0, ...window.__frames.map((f) => f.duration))));
      await context.close();
    }
    out[name] = quantile(durations, 0.5);
  }
  return out;
}

async function newPage(browser, origin, rate) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const requests = [];
  page.on("request", (r) => requests.push({ url: r.url(), at: Date.now() }));
  await page.addInitScript(INIT);
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate });
  return { context, page, requests, origin };
}

/**
 * In the page: one ArrowRight on the first control, timed from input to the end of the update it
 * causes (values, equations and every figure in view redrawn: the runtime's "law-update" measure).
 */
const ONE_KEY = async ({ timeout, scroll }) => {
  const control = document.querySelector("law-param");
  if (scroll) {
    control.scrollIntoView({ block: "center" });
    await new Promise((r) => setTimeout(r, 100));
  }
  const t0 = performance.now();
  return new Promise((resolve) => {
    const po = new PerformanceObserver((list) => {
      const e = list.getEntries().find((x) => x.name === "law-update" && x.startTime >= t0);
      if (e) {
        po.disconnect();
        resolve(e.startTime + e.duration - t0);
      }
    });
    po.observe({ type: "measure" });
    control.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowRight", bubbles: true }));
    setTimeout(() => {
      po.disconnect();
      resolve(Number.NaN);
    }, timeout);
  });
};

/**
 * In the page: press keys on a control that the first figure uses (or the given figure and
 * parameter), time input → figure replaced. `alternate`: axis reuse off on every other press
 * (those land in `off`), so both arms see the same states under the same conditions.
 */
const MEASURE = async ({ presses, figure, param, alternate = false }) => {
  const scope = document.querySelector("law-scope");
  const rt = await scope.load();
  // The bench's hooks (src/islands/bench.ts): a chunk of their own that readers never download.
  const bench = await rt.bench(scope);
  const figureEl = figure ? document.querySelector(`law-figure[name="${figure}"]`) : document.querySelector("law-figure");
  figureEl.scrollIntoView({ block: "center" });
  await new Promise((r) => setTimeout(r, 100));
  const name = figureEl.getAttribute("name");
  const uses = rt.model.figures[name].uses ?? rt.model.paramNames;
  const control =
    [...scope.querySelectorAll("law-param")].find((el) => (param ? el.getAttribute("name") === param : uses.includes(el.getAttribute("name")))) ??
    scope.querySelector("law-param");
  const plot = figureEl.querySelector(".figure-plot-wide");
  const once = (key) =>
    new Promise((resolve) => {
      const t0 = performance.now();
      const mo = new MutationObserver(() => {
        mo.disconnect();
        resolve(performance.now() - t0);
      });
      mo.observe(plot, { childList: true, subtree: true });
      control.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true }));
      setTimeout(() => {
        mo.disconnect();
        resolve(Number.NaN);
      }, 5000);
    });
  const latencies = [];
  const values = [];
  const draws = [];
  const off = { latencies: [], draws: [] };
  const axesBefore = bench.axisStats();
  for (let i = 0; i < presses; i++) {
    const reuse = !alternate || i % 2 === 1;
    bench.setAxisReuse(reuse);
    performance.clearMeasures();
    const step = alternate ? Math.floor(i / 2) : i;
    const latency = await once(step % 4 < 2 ? "ArrowRight" : "ArrowLeft");
    await new Promise((r) => setTimeout(r, 30));
    // The runtime's own user timings: values recomputed, and each figure drawn, in this update.
    const entries = performance.getEntriesByType("measure");
    const drawn = entries.filter((e) => e.name === "law-draw").map((e) => e.duration);
    if (!reuse) {
      off.latencies.push(latency);
      off.draws.push(drawn);
      continue;
    }
    latencies.push(latency);
    values.push(entries.find((e) => e.name === "law-values")?.duration ?? Number.NaN);
    draws.push(drawn);
  }
  bench.setAxisReuse(true);
  const axesAfter = bench.axisStats();
  const axes = { reused: axesAfter.hits - axesBefore.hits, full: axesAfter.full - axesBefore.full };
  const baseline = await bench.time(name, Math.min(presses, 20), 30);
  return { figure: name, param: control.getAttribute("name"), latencies, values, draws, axes, off, ...baseline };
};

/** Median and p90 latency with the baselines measured in the same page: bare Plot.plot of the same options, back to back and after a pause. */
function summarise(m) {
  return {
    median: quantile(m.latencies, 0.5),
    p90: quantile(m.latencies, 0.9),
    barePlotMedian: quantile(m.plot, 0.5),
    barePlotAfterPauseMedian: quantile(m.plotCold, 0.5),
    renderMedian: quantile(m.render, 0.5),
    renderAfterPauseMedian: quantile(m.renderCold, 0.5),
    valuesMedian: quantile(m.values, 0.5),
    drawsPerUpdate: quantile(
      m.draws.map((d) => d.length),
      0.5,
    ),
    drawMedian: quantile(m.draws.flat(), 0.5),
    // Redraws during the presses that reused the figure's axes (src/draw/axes.ts) / drew it all.
    axesReused: m.axes.reused,
    axesDrawn: m.axes.full,
  };
}

const latencyLine = (u) =>
  `median ${ms(u.median)}, p90 ${ms(u.p90)}; bare Plot ${ms(u.barePlotMedian)} back to back, ${ms(u.barePlotAfterPauseMedian)} after a pause`;

async function measurePage(browser, origin, path, rate, { abPresses = true } = {}) {
  const { context, page, requests } = await newPage(browser, origin, rate);
  const started = Date.now();
  await page.goto(origin + path, { waitUntil: "load" });
  const nav = await page.evaluate(() => {
    const n = performance.getEntriesByType("navigation")[0];
    return { domInteractive: n.domInteractive, load: n.loadEventEnd, figures: document.querySelectorAll("law-figure svg").length };
  });
  const beforeInteraction = requests.filter((r) => r.at >= started).length;
  // Warm-up finishes in idle time; then interact.
  await page.waitForSelector("law-scope[data-warm]", { timeout: 60_000 });
  const afterWarm = requests.length;
  // Every main-thread task from navigation until warm-up has finished (before any interaction).
  const warmupTasks = await page.evaluate(() => window.__longtasks.map((t) => t.duration));
  const warmupFrames = await page.evaluate(() => window.__frames.map((f) => f.duration));
  const first = await page.evaluate(ONE_KEY, { timeout: 5000, scroll: true });
  const m = await page.evaluate(MEASURE, { presses: PRESSES });
  // At 4×, axis reuse on and off on alternate presses (off: every redraw a whole Plot render).
  const ab = rate === 4 && abPresses ? await page.evaluate(MEASURE, { presses: 2 * PRESSES, alternate: true }) : undefined;
  const longtasks = await page.evaluate(() => window.__longtasks);
  const offOrigin = requests.filter((r) => !r.url.startsWith(origin) && !r.url.startsWith("data:") && !r.url.startsWith("blob:"));
  await context.close();
  return {
    rate,
    nav,
    first,
    ...m,
    ab,
    longest: Math.max(0, ...longtasks.map((t) => t.duration)),
    longestThroughWarmup: Math.max(0, ...warmupTasks),
    longTasksThroughWarmup: warmupTasks.length,
    warmupTasks,
    longestFrameThroughWarmup: Math.max(0, ...warmupFrames),
    longFramesThroughWarmup: warmupFrames.filter((d) => d > 50).length,
    warmupFrames,
    requests: { beforeInteraction, afterWarm, total: requests.length, offOrigin: offOrigin.map((r) => r.url) },
  };
}

/** An interaction as soon as the page is interactive, during warm-up: input → update done (law-update). */
async function duringWarmup(browser, origin, path, rate) {
  const { context, page } = await newPage(browser, origin, rate);
  await page.goto(origin + path, { waitUntil: "domcontentloaded" });
  await page.waitForSelector("law-param[data-ready]");
  const latency = await page.evaluate(ONE_KEY, { timeout: 10_000, scroll: false });
  await context.close();
  return latency;
}

/**
 * The same moment, with a real key press (trusted input, so the Event Timing API sees it): input
 * → the next paint (what INP counts: the control shows its new value), from the keydown's entry;
 * Event Timing reports only entries of 16 ms or more, so a faster answer reads as 16.
 */
async function inputToPaintDuringWarmup(browser, origin, path, rate) {
  const { context, page } = await newPage(browser, origin, rate);
  await page.goto(origin + path, { waitUntil: "domcontentloaded" });
  await page.waitForSelector("law-param[data-ready]");
  await page.focus("law-param");
  // What the paint after the key press shows: the figures and numbers marked as being recomputed
  // (src/islands/essay.ts, markPending), counted in the frame's animation callback; none when
  // the runtime had loaded already (then the update itself lands before that paint).
  await page.evaluate(() =>
    addEventListener(
      "keydown",
      () =>
        requestAnimationFrame(() => {
          window.__marked = {
            figures: document.querySelectorAll("law-figure[data-stale]").length,
            values: document.querySelectorAll("[data-pending]").length,
          };
        }),
      { once: true, capture: true },
    ),
  );
  await page.keyboard.press("ArrowRight");
  await page.waitForTimeout(1500);
  const durations = await page.evaluate(() => window.__keydowns);
  const warm = await page.evaluate(() => document.querySelector("law-scope[data-warm]") !== null);
  const marked = await page.evaluate(() => window.__marked);
  await context.close();
  return { inputToPaint: Math.max(16, ...durations), warmBeforePress: warm, marked };
}

/**
 * After warm-up, 20 real key presses on the control of the first figure (in view), each timed by
 * the Event Timing API from input to the next paint, the update drawn (what INP counts; entries
 * under 16 ms are not reported and count as 8): median and p90.
 */
async function inputToPaintAfterWarmup(browser, origin, path, rate) {
  const { context, page } = await newPage(browser, origin, rate);
  await page.goto(origin + path, { waitUntil: "load" });
  await page.waitForSelector("law-scope[data-warm]", { timeout: 60_000 });
  const name = await page.evaluate(async () => {
    const scope = document.querySelector("law-scope");
    const rt = await scope.load();
    const figure = document.querySelector("law-figure");
    const uses = rt.model.figures[figure.getAttribute("name")].uses ?? rt.model.paramNames;
    figure.scrollIntoView({ block: "center" });
    return [...scope.querySelectorAll("law-param")].find((el) => uses.includes(el.getAttribute("name"))).getAttribute("name");
  });
  await page.waitForTimeout(300);
  await page.evaluate((n) => document.querySelector(`law-param[name="${n}"]`).focus({ preventScroll: true }), name);
  await page.evaluate(() => (window.__keydowns = []));
  const presses = 20;
  for (let i = 0; i < presses; i++) {
    await page.keyboard.press(i % 4 < 2 ? "ArrowRight" : "ArrowLeft");
    await page.waitForTimeout(120);
  }
  const seen = await page.evaluate(() => window.__keydowns);
  await context.close();
  const all = [...seen, ...Array(Math.max(0, presses - seen.length)).fill(8)];
  return { median: quantile(all, 0.5), p90: quantile(all, 0.9) };
}

/** The same figures rendered client-side only (no SSR): strip the SVGs, render them all on load. */
async function clientSideOnly(browser, origin, path, rate) {
  const { context, page } = await newPage(browser, origin, rate);
  await page.route(origin + path, async (route) => {
    const response = await route.fetch();
    let html = await response.text();
    // The harness injects an inline script, which the page's CSP (rightly) blocks: drop the policy here.
    html = html.replace(/<meta http-equiv="content-security-policy"[^>]*>/, "");
    html = html.replace(/(<div class="figure-plot figure-plot-(?:wide|narrow)"[^>]*>)[\s\S]*?<\/svg>(<\/div>)/g, "$1$2");
    html = html.replace(
      "</body>",
      `<script type="module">customElements.whenDefined("law-scope").then(async () => { const scope = document.querySelector("law-scope"); const rt = await scope.load(); for (const el of document.querySelectorAll("law-figure")) el.querySelector(".figure-plot-wide").replaceChildren(rt.render(el.getAttribute("name"), rt.model.defaults).svg); window.__csrDone = performance.now(); });</script></body>`,
    );
    await route.fulfill({ response, body: html, headers: { ...response.headers(), "content-length": String(Buffer.byteLength(html)) } });
  });
  await page.goto(origin + path, { waitUntil: "load" });
  await page.waitForFunction(() => window.__csrDone, null, { timeout: 60_000 });
  const t = await page.evaluate(() => window.__csrDone);
  await context.close();
  return t;
}

/** The replication essay's live refit: wall time in the worker and the main thread's longest task meanwhile. */
async function refitInBrowser(browser, origin) {
  const { context, page } = await newPage(browser, origin, 1);
  await page.goto(`${origin}/essays/replication/`, { waitUntil: "load" });
  await page.waitForSelector("law-scope[data-warm]", { timeout: 60_000 });
  const started = await page.evaluate(() => performance.now());
  await page.locator("law-refit .refit-run").click();
  await page.waitForFunction(() => document.querySelector("law-refit")?.dataset.wallMs, null, { timeout: 120_000 });
  const result = await page.evaluate((t0) => {
    const el = document.querySelector("law-refit");
    const during = window.__longtasks.filter((t) => t.start >= t0);
    return {
      wallMs: Number(el.dataset.wallMs),
      estimate: JSON.parse(el.dataset.estimate),
      longestTaskDuringFit: Math.max(0, ...during.map((t) => t.duration)),
      longTasks: during.length,
    };
  }, started);
  await context.close();
  return result;
}

/**
 * /fit/: the full-grid fit of the 240 replication runs pasted into the page, in its worker: wall
 * time, the longest main-thread task from pressing Fit to the three figures drawn, and the page's
 * own work after the fit (tables, permalink, each figure).
 */
async function fitPageInBrowser(browser, origin) {
  const { context, page } = await newPage(browser, origin, 1);
  await page.goto(`${origin}/fit/`, { waitUntil: "load" });
  await page.locator("#fit-text").focus();
  await page.waitForSelector("law-fit[data-warm]", { timeout: 60_000 });
  await page.locator('.fit-example[data-example="replication"]').click();
  await page.waitForFunction(() => document.querySelector("law-fit")?.dataset.runs === "240");
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await page.waitForTimeout(500);
  const started = await page.evaluate(() => performance.now());
  await page.locator(".fit-run").click();
  await page.waitForFunction(() => document.querySelector("law-fit")?.dataset.state === "fitted", null, { timeout: 180_000 });
  await page.waitForSelector("#figure-frontier .fit-plot svg", { timeout: 30_000 });
  await page.waitForTimeout(500);
  const result = await page.evaluate((t0) => {
    const el = document.querySelector("law-fit");
    const during = window.__longtasks.filter((t) => t.start >= t0);
    const work = Object.fromEntries(
      performance
        .getEntriesByType("measure")
        .filter((m) => m.name.startsWith("fit-"))
        .map((m) => [m.name, m.duration]),
    );
    return {
      runs: 240,
      wallMs: Number(el.dataset.wallMs),
      estimate: JSON.parse(el.dataset.estimate),
      longestTaskDuringFit: Math.max(0, ...during.map((t) => t.duration)),
      longTasks: during.length,
      pageWorkMs: work,
    };
  }, started);
  await context.close();
  return result;
}

function printFitPage(r) {
  console.log("\n/fit/: 240 replication runs pasted, full-grid fit in the page's worker");
  console.table({
    "wall time": ms(r.wallMs),
    "longest main-thread task, Fit to figures drawn": `${ms(r.longestTaskDuringFit)} (${r.longTasks} tasks over 50 ms)`,
    "page work after the fit": Object.entries(r.pageWorkMs)
      .map(([k, v]) => `${k} ${ms(v)}`)
      .join(", "),
    estimate: Object.entries(r.estimate)
      .map(([k, v]) => `${k} ${Number(v).toPrecision(6)}`)
      .join(", "),
  });
}

/** `npm run bench -- --only-fit-page`: build, measure /fit/ only, and update that entry of bench/results.json. */
async function onlyFitPage() {
  const { outDir } = build();
  const { origin, close } = await serveDir(outDir);
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    const r = await fitPageInBrowser(browser, origin);
    printFitPage(r);
    const file = new URL("results.json", import.meta.url);
    const results = JSON.parse(readFileSync(file, "utf8"));
    results.fitPage = { date: new Date().toISOString(), ...r };
    writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
    console.log("\nupdated fitPage in bench/results.json");
  } finally {
    await browser.close();
    await close();
    rmSync(outDir, { recursive: true, force: true });
  }
}

/** The essays built (dist/essays/<slug>/; the .md files beside them are the Markdown copies). */
const essaySlugs = (outDir) =>
  readdirSync(join(outDir, "essays"), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();

const RESULTS = new URL("results.json", import.meta.url);

async function lighthouseOnly() {
  const previous = existsSync(RESULTS) ? JSON.parse(readFileSync(RESULTS, "utf8")) : {};
  console.log("building the site…");
  const { outDir, seconds } = build();
  console.log(`build: ${seconds.toFixed(1)} s`);
  try {
    const lighthouse = await lighthouseBench(outDir, { runs: LIGHTHOUSE_RUNS });
    const results = { ...previous, lighthouse: { date: new Date().toISOString(), runs: LIGHTHOUSE_RUNS, pages: lighthouse } };
    printSummary(results);
    writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
    console.log("\nwrote bench/results.json (lighthouse only; the other sections are from the last full run)");
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

/** The issue-16 table: Lighthouse per page, then each essay's long tasks and warm-up interaction. */
function printSummary(results) {
  if (results.lighthouse) {
    console.log(`\nLighthouse 12.2.3, mobile, medians of ${results.lighthouse.runs} runs (load = 1-min load average of the machine during the run)`);
    console.table(lighthouseTable(results.lighthouse.pages));
  }
  if (results.pages?.length) {
    const table = {};
    for (const p of results.pages)
      table[p.essay] = {
        "longest task to warm-up 4× ms": Math.round(p.longestTaskThroughWarmup?.x4 ?? Number.NaN),
        "tasks > 50 ms to warm-up 4×": p.longestTaskThroughWarmup?.tasksOver50msX4 ?? "n/a",
        "longest frame to warm-up 4× ms": Math.round(p.longestFrameThroughWarmup?.x4 ?? Number.NaN),
        "frames > 50 ms to warm-up 4×": p.longestFrameThroughWarmup?.framesOver50msX4 ?? "n/a",
        "interaction during warm-up 4× ms": Math.round(p.interactionDuringWarmupX4),
        "…input to next paint 4× ms": Math.round(p.inputToPaintDuringWarmupX4 ?? Number.NaN),
        "…marked in that paint (figures/values)": p.markedDuringWarmupX4 ? `${p.markedDuringWarmupX4.figures}/${p.markedDuringWarmupX4.values}` : "n/a",
        "first update after warm-up 4× ms": Math.round(p.firstUpdateAfterWarmupX4),
        "update median 4× ms": Number(p.update.x4.median.toFixed(1)),
        "key press → next paint after warm-up 4× ms (median/p90)": p.inputToPaintAfterWarmupX4
          ? `${p.inputToPaintAfterWarmupX4.median}/${p.inputToPaintAfterWarmupX4.p90}`
          : "n/a",
        "JS before interaction gzip KB": Number((p.js.beforeInteraction.gzip / 1024).toFixed(1)),
      };
    console.log(`\nEssays in Chromium (${results.onlyEssaysDate ?? results.date})`);
    console.table(table);
    if (results.frameFloorX4)
      console.log(
        `Floor, longest frame from navigation at 4× (medians of 3): ${Object.entries(results.frameFloorX4)
          .map(([k, v]) => `${k} ${ms(v)}`)
          .join(", ")}`,
      );
  }
}

async function main() {
  if (args.has("--lighthouse-only")) return lighthouseOnly();
  const results = { date: new Date().toISOString(), machine: { cpus: (await import("node:os")).cpus().length }, pages: [] };
  console.log("building the site…");
  const { outDir, seconds } = build();
  results.buildSeconds = seconds;
  console.log(`build: ${seconds.toFixed(1)} s`);
  const lighthouse = await lighthouseBench(outDir, { runs: LIGHTHOUSE_RUNS });
  results.lighthouse = { date: new Date().toISOString(), runs: LIGHTHOUSE_RUNS, pages: lighthouse };
  const executablePath = findChromium();
  if (!executablePath) throw new Error("bench needs Chromium: apt-get install -y chromium, or set CHROME_PATH");
  const { origin, close } = await serveDir(outDir);
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    results.frameFloorX4 = await frameFloor(browser, origin, 4);
    const essays = essaySlugs(outDir);
    for (const slug of essays) {
      const path = `/essays/${slug}/`;
      const js = jsBeforeInteraction(outDir, `essays/${slug}/index.html`);
      const x1 = await measurePage(browser, origin, path, 1);
      const x4 = await measurePage(browser, origin, path, 4);
      const csr1 = await clientSideOnly(browser, origin, path, 1);
      const csr4 = await clientSideOnly(browser, origin, path, 4);
      const warm4 = await duringWarmup(browser, origin, path, 4);
      const paint4 = await inputToPaintDuringWarmup(browser, origin, path, 4);
      const keys4 = await inputToPaintAfterWarmup(browser, origin, path, 4);
      const row = {
        essay: slug,
        figures: x1.nav.figures,
        js: { beforeInteraction: { raw: js.raw, gzip: js.gzip, files: js.files.length }, lazy: { raw: js.lazyRaw, gzip: js.lazyGzip, files: js.lazy.length } },
        requests: x1.requests,
        figuresInDom: { x1: x1.nav.domInteractive, x4: x4.nav.domInteractive, clientSideX1: csr1, clientSideX4: csr4, ratioX4: csr4 / x4.nav.domInteractive },
        update: {
          figure: x4.figure,
          param: x4.param,
          x1: summarise(x1),
          x4: summarise(x4),
          // Alternate presses with and without axis reuse, in one page.
          axisReuseX4: {
            withMedian: quantile(x4.ab.latencies, 0.5),
            withoutMedian: quantile(x4.ab.off.latencies, 0.5),
            drawWithMedian: quantile(x4.ab.draws.flat(), 0.5),
            drawWithoutMedian: quantile(x4.ab.off.draws.flat(), 0.5),
            reused: x4.ab.axes.reused,
          },
        },
        firstUpdateAfterWarmupX4: x4.first,
        interactionDuringWarmupX4: warm4,
        inputToPaintDuringWarmupX4: paint4.inputToPaint,
        markedDuringWarmupX4: paint4.marked,
        inputToPaintAfterWarmupX4: keys4,
        longestTask: { x1: x1.longest, x4: x4.longest },
        // From navigation through warm-up, before any interaction (issue 16: none over 50 ms at 4×).
        longestTaskThroughWarmup: { x1: x1.longestThroughWarmup, x4: x4.longestThroughWarmup, tasksOver50msX4: x4.longTasksThroughWarmup },
        longestFrameThroughWarmup: { x1: x1.longestFrameThroughWarmup, x4: x4.longestFrameThroughWarmup, framesOver50msX4: x4.longFramesThroughWarmup },
      };
      results.pages.push(row);
      console.log(`\n${slug} (${row.figures} figures)`);
      console.table({
        "JS before interaction": `${kb(js.raw)} raw, ${kb(js.gzip)} gzip (${js.files.length} files)`,
        "JS loaded lazily (idle/first interaction)": `${kb(js.lazyRaw)} raw, ${kb(js.lazyGzip)} gzip`,
        "requests (load / after warm-up)": `${x1.requests.beforeInteraction} / ${x1.requests.afterWarm}, other origins: ${x1.requests.offOrigin.length}`,
        "figures in DOM, SSR 1× / 4×": `${ms(x1.nav.domInteractive)} / ${ms(x4.nav.domInteractive)}`,
        "figures in DOM, client-side only 1× / 4×": `${ms(csr1)} / ${ms(csr4)} (${(csr4 / x4.nav.domInteractive).toFixed(1)}× slower at 4×)`,
        [`update latency 1× (${row.update.param} → ${row.update.figure})`]: latencyLine(row.update.x1),
        "update latency 4×": latencyLine(row.update.x4),
        "  of which at 4×": `values ${ms(row.update.x4.valuesMedian)}, figures drawn per update ${row.update.x4.drawsPerUpdate}, each ${ms(row.update.x4.drawMedian)}; axes reused on ${row.update.x4.axesReused} of ${row.update.x4.axesReused + row.update.x4.axesDrawn} draws`,
        "axis reuse at 4×, alternate presses (median update / draw)": `with ${ms(row.update.axisReuseX4.withMedian)} / ${ms(row.update.axisReuseX4.drawWithMedian)}, without ${ms(row.update.axisReuseX4.withoutMedian)} / ${ms(row.update.axisReuseX4.drawWithoutMedian)}`,
        "first update after warm-up 4×": ms(x4.first),
        "key press → next paint after warm-up 4× (Event Timing)": `median ${ms(keys4.median)}, p90 ${ms(keys4.p90)}`,
        "interaction during warm-up 4×": `${ms(warm4)} to the update done, ${ms(paint4.inputToPaint)} to the next paint${paint4.marked ? ` (which marks ${paint4.marked.figures} figures and ${paint4.marked.values} numbers as being recomputed)` : ""}`,
        "longest main-thread task 1× / 4×": `${ms(x1.longest)} / ${ms(x4.longest)}`,
        "longest task, navigation through warm-up 1× / 4×": `${ms(x1.longestThroughWarmup)} / ${ms(x4.longestThroughWarmup)} (${x4.longTasksThroughWarmup} over 50 ms at 4×)`,
        "longest frame (LoAF), navigation through warm-up 1× / 4×": `${ms(x1.longestFrameThroughWarmup)} / ${ms(x4.longestFrameThroughWarmup)} (${x4.longFramesThroughWarmup} over 50 ms at 4×)`,
      });
    }
    if (!args.has("--no-fit")) {
      const refit = await refitInBrowser(browser, origin);
      results.browserRefit = refit;
      console.log("\nlive refit in the browser (replication essay, web worker)");
      console.table({
        "wall time": ms(refit.wallMs),
        "longest main-thread task during the fit": `${ms(refit.longestTaskDuringFit)} (${refit.longTasks} tasks over 50 ms)`,
        estimate: Object.entries(refit.estimate)
          .map(([k, v]) => `${k} ${Number(v).toPrecision(6)}`)
          .join(", "),
      });
      const fitPage = await fitPageInBrowser(browser, origin);
      results.fitPage = fitPage;
      printFitPage(fitPage);
      const { benchFit } = await import("./fit.mjs");
      results.fit = benchFit();
    }
  } finally {
    await browser.close();
    await close();
    rmSync(outDir, { recursive: true, force: true });
  }
  printSummary(results);
  writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
  console.log("\nwrote bench/results.json");
}

/**
 * `npm run bench -- --only-essays`: build, then per essay at 4× only the warm-up figures (long
 * tasks from navigation through warm-up, an interaction during warm-up, the first update after
 * it, the update median); updates those fields in bench/results.json and keeps the rest.
 */
async function onlyEssays() {
  const previous = existsSync(RESULTS) ? JSON.parse(readFileSync(RESULTS, "utf8")) : {};
  console.log("building the site…");
  const { outDir, seconds } = build();
  console.log(`build: ${seconds.toFixed(1)} s`);
  const { origin, close } = await serveDir(outDir);
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  const pages = [...(previous.pages ?? [])];
  let floor;
  try {
    floor = await frameFloor(browser, origin, 4);
    for (const slug of essaySlugs(outDir)) {
      const path = `/essays/${slug}/`;
      const js = jsBeforeInteraction(outDir, `essays/${slug}/index.html`);
      // ESSAY_RUNS runs; each figure below is the median of the runs (the update median: of the runs' medians).
      const runs = [];
      for (let i = 0; i < ESSAY_RUNS; i++)
        runs.push({
          x4: await measurePage(browser, origin, path, 4, { abPresses: false }),
          warm4: await duringWarmup(browser, origin, path, 4),
          paint4: await inputToPaintDuringWarmup(browser, origin, path, 4),
          keys4: await inputToPaintAfterWarmup(browser, origin, path, 4),
        });
      const med = (f) => quantile(runs.map(f), 0.5);
      const x4 = {
        ...runs[0].x4,
        first: med((r) => r.x4.first),
        longest: med((r) => r.x4.longest),
        longestThroughWarmup: med((r) => r.x4.longestThroughWarmup),
        longTasksThroughWarmup: med((r) => r.x4.longTasksThroughWarmup),
        warmupTasks: runs.flatMap((r) => r.x4.warmupTasks),
        longestFrameThroughWarmup: med((r) => r.x4.longestFrameThroughWarmup),
        longFramesThroughWarmup: med((r) => r.x4.longFramesThroughWarmup),
        warmupFrames: runs.flatMap((r) => r.x4.warmupFrames),
        latencies: [
          quantile(
            runs.map((r) => quantile(r.x4.latencies, 0.5)),
            0.5,
          ),
        ],
      };
      const warm4 = med((r) => r.warm4);
      const paint4 = { inputToPaint: med((r) => r.paint4.inputToPaint), marked: runs[0].paint4.marked, runs: runs.map((r) => r.paint4.inputToPaint) };
      const old = pages.find((p) => p.essay === slug);
      const row = {
        ...(old ?? { essay: slug, longestTask: {}, update: {} }),
        js: {
          ...old?.js,
          beforeInteraction: { raw: js.raw, gzip: js.gzip, files: js.files.length },
          lazy: { raw: js.lazyRaw, gzip: js.lazyGzip, files: js.lazy.length },
        },
        firstUpdateAfterWarmupX4: x4.first,
        interactionDuringWarmupX4: warm4,
        inputToPaintDuringWarmupX4: paint4.inputToPaint,
        markedDuringWarmupX4: paint4.marked,
        inputToPaintAfterWarmupX4: { median: med((r) => r.keys4.median), p90: med((r) => r.keys4.p90) },
        longestTask: { ...old?.longestTask, x4: x4.longest },
        longestFrameThroughWarmup: { x4: x4.longestFrameThroughWarmup, framesOver50msX4: x4.longFramesThroughWarmup },
        longestTaskThroughWarmup: { ...old?.longestTaskThroughWarmup, x4: x4.longestThroughWarmup, tasksOver50msX4: x4.longTasksThroughWarmup },
        update: {
          ...old?.update,
          figure: x4.figure,
          param: x4.param,
          x4: { ...summarise(runs[0].x4), median: x4.latencies[0], medianOfRuns: runs.map((r) => quantile(r.x4.latencies, 0.5)) },
        },
        runs: ESSAY_RUNS,
        onlyEssaysDate: new Date().toISOString(),
      };
      if (old) pages[pages.indexOf(old)] = row;
      else pages.push(row);
      console.log(
        `${slug}: longest task to warm-up 4× ${ms(x4.longestThroughWarmup)} (${x4.longTasksThroughWarmup} over 50 ms; tasks ${x4.warmupTasks.map((t) => Math.round(t)).join(", ")}), longest frame ${ms(x4.longestFrameThroughWarmup)} (frames over 50 ms ${x4.warmupFrames
          .filter((d) => d > 50)
          .map((d) => Math.round(d))
          .join(
            ", ",
          )}), interaction during warm-up ${ms(warm4)} (input to next paint ${ms(paint4.inputToPaint)}), first update ${ms(x4.first)}, update median ${ms(row.update.x4.median)}, JS before interaction ${kb(js.gzip)} gzip`,
      );
    }
  } finally {
    await browser.close();
    await close();
    rmSync(outDir, { recursive: true, force: true });
  }
  const results = { ...previous, pages, frameFloorX4: floor, onlyEssaysDate: new Date().toISOString() };
  printSummary(results);
  writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
  console.log("\nwrote bench/results.json (essays' warm-up fields only; the other sections are from the last full run)");
}

await (args.has("--only-fit-page") ? onlyFitPage() : args.has("--only-essays") ? onlyEssays() : main());
