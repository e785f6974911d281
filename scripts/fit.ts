/**
 * Fit a Chinchilla scaling law to your own runs offline, with the code the /fit/ page runs in its
 * worker (src/models/fit-runs.ts over the law module), so both print the same numbers for the
 * same data, options and seed:
 *
 *   npm run fit -- runs.csv [--bootstrap N] [--seed S] [--delta D] [--budget C] [--grid "alpha=0:2:0.5;e=-1,0,1"] [--format json|csv]
 *
 * Problems with rows go to stderr with their line numbers; the good rows are fitted.
 */
import { readFileSync } from "node:fs";
import { canonicalRuns, parseRuns } from "../src/lib/runs-csv.ts";
import { figureCsv } from "../src/lib/figure-files.ts";
import { analyseRuns, FIT_DEFAULTS, FIT_LIMITS, fitReport, parseGridSpec, sha256Hex, summaryCsvRows, type FitOptions } from "../src/models/fit-runs.ts";
import { parseNumber } from "../src/lib/format.ts";
import { siteVersion } from "../src/render/version.ts";

class UsageError extends Error {}

const USAGE = 'usage: npm run fit -- runs.csv [--bootstrap N] [--seed S] [--delta D] [--budget C] [--grid "alpha=0:2:0.5;…"] [--format json|csv]';

export async function run(
  argv: string[],
  readText: (file: string) => string = (f) => readFileSync(f, "utf8"),
): Promise<{ output: string; messages: string[] }> {
  const options: FitOptions = { ...FIT_DEFAULTS, resamples: 0 };
  let format: "json" | "csv" = "json";
  let file: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const m = /^--([^=]+)(?:=(.*))?$/.exec(arg);
    if (!m) {
      if (file) throw new UsageError(`unexpected argument "${arg}"; ${USAGE}`);
      file = arg;
      continue;
    }
    const key = m[1]!;
    const value = m[2] ?? argv[++i];
    if (value === undefined) throw new UsageError(`--${key} needs a value`);
    const number = (lo: number, hi: number, int: boolean) => {
      const v = parseNumber(value);
      if (!Number.isFinite(v) || v < lo || v > hi || (int && !Number.isInteger(v)))
        throw new UsageError(`invalid --${key}: ${value} (${int ? "a whole number" : "a number"} from ${lo} to ${hi})`);
      return v;
    };
    if (key === "format") {
      if (value !== "json" && value !== "csv") throw new UsageError(`invalid --format: ${value} (json or csv)`);
      format = value;
    } else if (key === "bootstrap") options.resamples = number(FIT_LIMITS.resamples[0], FIT_LIMITS.resamples[1], true);
    else if (key === "seed") options.seed = number(0, 0xffffffff, true);
    else if (key === "delta") options.delta = number(FIT_LIMITS.delta[0], FIT_LIMITS.delta[1], false);
    else if (key === "budget") options.budget = number(FIT_LIMITS.budget[0], FIT_LIMITS.budget[1], false);
    else if (key === "grid") {
      const grid = parseGridSpec(value);
      if (typeof grid === "string") throw new UsageError(`invalid --grid: ${grid}`);
      options.grid = grid;
    } else throw new UsageError(`unknown option --${key}; ${USAGE}`);
  }
  if (!file) throw new UsageError(USAGE);
  if (options.resamples === 1) throw new UsageError("invalid --bootstrap: 1 (0 for none, or at least 2)");
  let text: string;
  try {
    text = readText(file);
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${(error as Error).message}`);
  }
  const parsed = parseRuns(text);
  const messages = parsed.problems.map((p) => `${file}: ${p.severity}: ${p.message}`);
  if (parsed.runs.length < 5 || parsed.notTable || parsed.needsMapping)
    throw Object.assign(new Error(`no fit: ${messages.join("\n") || "no runs"}`), { messages });
  const { fit, summary } = analyseRuns(parsed.runs, options);
  const report = fitReport(fit, summary, options, await sha256Hex(canonicalRuns(parsed.runs)), siteVersion().id);
  messages.push(...report.warnings.map((w) => `${file}: warning: ${w}`));
  if (format === "json") return { output: `${JSON.stringify(report, null, 2)}\n`, messages };
  const meta = {
    model: "fit",
    figure: "estimates",
    title: "Fit of your runs: estimates and bootstrap intervals",
    version: report.version,
    url: "",
    params: { runs: report.n, delta: options.delta, resamples: options.resamples, seed: options.seed, budget: options.budget },
    sources: [
      { id: "hoffmann2022", title: "Hoffmann et al. 2022, Training Compute-Optimal Large Language Models", arxiv: "2203.15556" },
      { id: "besiroglu2024", title: "Besiroglu et al. 2024, Chinchilla Scaling: A replication attempt", arxiv: "2404.10102" },
    ],
    citation: `data sha256 ${report.dataSha256}`,
  };
  return { output: figureCsv(meta, summaryCsvRows(summary)), messages };
}

/** Entry used by scripts/vite-run.mjs. */
export function main(argv: string[]) {
  return run(argv)
    .then(({ output, messages }) => {
      for (const m of messages) console.error(m);
      process.stdout.write(output);
    })
    .catch((error: Error & { messages?: string[] }) => {
      console.error(`fit: ${error.message}`);
      process.exitCode = error instanceof UsageError ? 2 : 1;
    });
}
