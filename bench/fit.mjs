// Benchmark: Hoffmann et al.'s full-grid Chinchilla fit (4500 L-BFGS starts) on the 240 points
// of Besiroglu et al. 2024, timed in Node, with the results beside the published ones.
//
//   npx node bench/fit.mjs            (Node ≥ 22.18 strips types by default; older 22.x needs
//   npx node --experimental-strip-types bench/fit.mjs)
//
// `benchFit()` returns the results as a plain JSON-able object for bench/run.mjs.
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import {
  besiroglu2024,
  besiroglu2024GridFit,
  chinchillaAllocationExponents,
  chinchillaTokensPerParam,
  fitChinchilla,
  parseChinchillaFigure4,
  selectBesiroglu240,
} from "../src/laws/index.ts";

const KEYS = ["A", "B", "E", "alpha", "beta"];
const GOAL_SECONDS = 5;

/**
 * Run the full-grid fit once (cold, as a reader's worker would) and compare with the published fits.
 * @param {{ quiet?: boolean }} [options] quiet: skip the printed table.
 * @returns {object} timings, estimates and relative differences.
 */
export function benchFit({ quiet = false } = {}) {
  const csv = readFileSync(new URL("../content/data/chinchilla-figure4-extracted.csv", import.meta.url), "utf8");
  const points = selectBesiroglu240(parseChinchillaFigure4(csv));
  let scipy;
  try {
    scipy = JSON.parse(readFileSync(new URL("../test/reference/chinchilla_fit.json", import.meta.url), "utf8")).polished.estimate;
  } catch {
    scipy = undefined;
  }
  const cpu0 = process.cpuUsage();
  const start = performance.now();
  const fit = fitChinchilla(points);
  const seconds = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpu0);
  // CPU time of this process: the wall time on an idle machine, unaffected by other jobs.
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const rows = KEYS.map((key) => ({
    parameter: key,
    fit: fit.estimate[key],
    notebookGridFit: besiroglu2024GridFit[key],
    relativeToGridFit: fit.estimate[key] / besiroglu2024GridFit[key] - 1,
    scipyPolished: scipy?.[key],
    paperHeadline: besiroglu2024[key],
    relativeToHeadline: fit.estimate[key] / besiroglu2024[key] - 1,
  }));
  const result = {
    name: "chinchilla full-grid fit (240 points, 4500 starts)",
    seconds,
    cpuSeconds,
    goalSeconds: GOAL_SECONDS,
    withinGoal: seconds <= GOAL_SECONDS,
    points: points.length,
    starts: fit.starts,
    evaluations: fit.evaluations,
    objective: fit.objective,
    converged: fit.converged,
    estimate: fit.estimate,
    allocationExponentA: chinchillaAllocationExponents(fit.estimate).a,
    tokensPerParamAt5_88e23: chinchillaTokensPerParam({ flops: 5.88e23 }, fit.estimate),
    rows,
    node: process.version,
  };
  if (!quiet) {
    const f = (v, digits = 6) => (v === undefined ? "—" : Number(v).toPrecision(digits));
    const pct = (v) => `${(100 * v).toFixed(3)}%`;
    console.log(
      `\n${result.name}: ${seconds.toFixed(2)} s wall, ${cpuSeconds.toFixed(2)} s CPU (goal ≤ ${GOAL_SECONDS} s), ${fit.evaluations} evaluations, objective ${fit.objective.toExponential(6)}\n`,
    );
    console.log("| param | this fit | notebook grid fit | Δ | scipy L-BFGS-B (polished) | paper headline | Δ |");
    console.log("|---|---|---|---|---|---|---|");
    for (const r of rows) {
      console.log(
        `| ${r.parameter} | ${f(r.fit)} | ${f(r.notebookGridFit)} | ${pct(r.relativeToGridFit)} | ${f(r.scipyPolished)} | ${f(r.paperHeadline)} | ${pct(r.relativeToHeadline)} |`,
      );
    }
    console.log(
      `\nallocation exponent a = ${result.allocationExponentA.toFixed(4)}; tokens per parameter at 5.88e23 FLOPs = ${result.tokensPerParamAt5_88e23.toFixed(2)}\n`,
    );
  }
  return result;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(JSON.stringify(benchFit(), null, 2));
}
