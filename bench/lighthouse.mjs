// Lighthouse (mobile, simulated throttling, the tool's defaults) on the built site served as a
// static host serves it: gzip and the host's cache headers, by scripts/serve.mjs. Each page is run
// `runs` times and the median of each figure is kept (the machines are shared and noisy; the load
// average is recorded beside the numbers).
//
//   node --experimental-strip-types bench/lighthouse.mjs <distDir> [--runs N] [--page /path/ …]
//   (or through npm run bench -- --lighthouse-only)
//
// BENCH_SERVE=<script> serves with another script taking the same arguments (`<dist> --port N`).
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { createServer } from "node:net";
import { findChromium } from "../test/setup/browser.ts";

const LIGHTHOUSE = new URL("../node_modules/lighthouse/cli/index.js", import.meta.url).pathname;
const SERVE = process.env.BENCH_SERVE ?? new URL("../scripts/serve.mjs", import.meta.url).pathname;

/** The pages the issue lists: home, every essay, /figures/, /laws/, one figure page, /bibliography/. */
export function lighthousePages(distDir) {
  const essays = readdirSync(join(distDir, "essays"), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => `/essays/${d.name}/`)
    .sort();
  return ["/", ...essays, "/figures/", "/laws/", "/figures/kaplan/allocation/", "/bibliography/"];
}

const median = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return Number.NaN;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const freePort = () =>
  new Promise((resolve) => {
    const s = createServer();
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

async function serve(distDir) {
  if (!existsSync(SERVE)) throw new Error(`bench: no static server at ${SERVE} (scripts/serve.mjs: gzip and host cache headers); set BENCH_SERVE to another`);
  const port = await freePort();
  const child = spawn(process.execPath, [SERVE, distDir, "--port", String(port)], { stdio: ["ignore", "pipe", "inherit"] });
  const origin = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      const r = await fetch(`${origin}/`, { headers: { "accept-encoding": "gzip" } });
      if (r.ok) {
        if (r.headers.get("content-encoding") !== "gzip") throw new Error(`bench: ${SERVE} does not gzip HTML; Lighthouse would measure what no host serves`);
        return { origin, close: () => child.kill() };
      }
    } catch (e) {
      if (String(e.message).startsWith("bench:")) throw e;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  throw new Error(`bench: ${SERVE} did not answer on ${origin}`);
}

/** One Lighthouse run of one URL → the figures we track. */
function runOnce(url, chromePath) {
  const dir = mkdtempSync(join(tmpdir(), "slc-lh-"));
  const out = join(dir, "report.json");
  const load = loadavg()[0];
  const r = spawnSync(
    process.execPath,
    [
      LIGHTHOUSE,
      url,
      "--quiet",
      "--output=json",
      `--output-path=${out}`,
      "--only-categories=performance,accessibility,best-practices,seo",
      "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run",
    ],
    { encoding: "utf8", env: { ...process.env, CHROME_PATH: chromePath }, maxBuffer: 64 * 1024 * 1024 },
  );
  if (r.status !== 0 || !existsSync(out)) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`lighthouse failed on ${url}:\n${r.stderr.slice(-2000)}`);
  }
  const lhr = JSON.parse(readFileSync(out, "utf8"));
  rmSync(dir, { recursive: true, force: true });
  const a = lhr.audits;
  const num = (id) => a[id]?.numericValue ?? Number.NaN;
  const longTasks = a["long-tasks"]?.details?.items ?? [];
  return {
    score: Math.round((lhr.categories.performance.score ?? Number.NaN) * 100),
    accessibility: Math.round((lhr.categories.accessibility.score ?? Number.NaN) * 100),
    bestPractices: Math.round((lhr.categories["best-practices"].score ?? Number.NaN) * 100),
    seo: Math.round((lhr.categories.seo.score ?? Number.NaN) * 100),
    tbt: num("total-blocking-time"),
    lcp: num("largest-contentful-paint"),
    fcp: num("first-contentful-paint"),
    cls: num("cumulative-layout-shift"),
    dom: num("dom-size"),
    mainThreadMs: num("mainthread-work-breakdown"),
    styleLayoutMs: (a["mainthread-work-breakdown"]?.details?.items ?? []).filter((i) => i.group === "styleLayout").reduce((s, i) => s + i.duration, 0),
    longestTask: Math.max(0, ...longTasks.map((t) => t.duration)),
    loadAverage: load,
  };
}

export async function lighthouseBench(distDir, { runs = 3, pages, log = console.log } = {}) {
  const chromePath = findChromium();
  if (!chromePath) throw new Error("bench needs Chromium: apt-get install -y chromium, or set CHROME_PATH");
  const { origin, close } = await serve(distDir);
  const rows = [];
  try {
    for (const path of pages ?? lighthousePages(distDir)) {
      const all = [];
      for (let i = 0; i < runs; i++) all.push(runOnce(origin + path, chromePath));
      const row = { page: path, runs: all.length };
      for (const key of Object.keys(all[0])) row[key] = median(all.map((x) => x[key]));
      row.scores = all.map((x) => x.score);
      row.tbts = all.map((x) => Math.round(x.tbt));
      rows.push(row);
      log(
        `lighthouse ${path}: score ${row.score} (${row.scores.join(", ")}), TBT ${Math.round(row.tbt)} ms, DOM ${row.dom}, load ${row.loadAverage.toFixed(1)}`,
      );
    }
  } finally {
    close();
  }
  return rows;
}

export function lighthouseTable(rows) {
  const table = {};
  for (const r of rows)
    table[r.page] = {
      score: r.score,
      "TBT ms": Math.round(r.tbt),
      "LCP s": Number((r.lcp / 1000).toFixed(2)),
      CLS: Number(r.cls.toFixed(3)),
      DOM: r.dom,
      "style+layout ms": Math.round(r.styleLayoutMs),
      "longest task ms": Math.round(r.longestTask),
      "a11y/BP/SEO": `${r.accessibility}/${r.bestPractices}/${r.seo}`,
      load: Number(r.loadAverage.toFixed(1)),
    };
  return table;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const argv = process.argv.slice(2);
  const distDir = argv[0];
  if (!distDir || !existsSync(distDir)) throw new Error("usage: bench/lighthouse.mjs <distDir> [--runs N] [--page /path/ …]");
  const runs = argv.includes("--runs") ? Number(argv[argv.indexOf("--runs") + 1]) : 3;
  const pages = argv.flatMap((a, i) => (argv[i - 1] === "--page" ? [a] : []));
  const rows = await lighthouseBench(distDir, { runs, pages: pages.length ? pages : undefined });
  console.table(lighthouseTable(rows));
  if (argv.includes("--json")) console.log(JSON.stringify(rows));
}
