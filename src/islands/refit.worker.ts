/**
 * Web worker for <law-refit>: fits the Chinchilla loss to the extracted Figure 4 points with
 * Hoffmann et al.'s procedure (full grid, Huber δ, L-BFGS; the law module's fitChinchilla) and
 * bootstraps it, so the page's main thread never runs a fit. Progress is posted at most every
 * 50 ms. Stateless: every request carries what it needs, so the island can terminate a worker
 * to cancel and start a fresh one.
 */
import { chinchillaFigure4Points } from "../data/chinchilla-figure4.ts";
import { bootstrapChinchilla, createRandom, fitChinchilla, type ChinchillaEstimate } from "../laws/index.ts";
import {
  REFERENCE_SETS,
  bootstrapIntervals,
  hoffmann2022Table2Intervals80,
  largestRelativeDifference,
  refitPoints,
  roundLikePaper,
  runsForWidth,
  summaryTable,
  type IntervalRow,
  type RefitSettings,
  type SummaryTable,
} from "../models/replication-refit.ts";
import { throttledProgress } from "./throttle.ts";

export type RefitRequest =
  | { type: "fit"; id: number; settings: RefitSettings }
  | { type: "bootstrap"; id: number; settings: RefitSettings; start: ChinchillaEstimate; resamples: number; seed: number }
  | {
      type: "summarise";
      id: number;
      estimate: ChinchillaEstimate;
      samples: ChinchillaEstimate[] | null;
      n: number;
      budget: number;
      round: boolean;
      compare: string;
    };

export type RefitReply =
  | { type: "progress"; id: number; fraction: number }
  | { type: "fit"; id: number; estimate: ChinchillaEstimate; objective: number; converged: boolean; starts: number; n: number; ms: number }
  | { type: "bootstrap"; id: number; samples: ChinchillaEstimate[]; converged: number; n: number; ms: number }
  | { type: "summary"; id: number; table: SummaryTable; intervals: IntervalRow[] | null; notebookDifference: number; runsNeeded: number | null }
  | { type: "error"; id: number; message: string };

const all = chinchillaFigure4Points;
const post = (reply: RefitReply) => (self as unknown as Worker).postMessage(reply);

const throttled = (id: number) => throttledProgress((fraction) => post({ type: "progress", id, fraction }));

self.addEventListener("message", (event: MessageEvent<RefitRequest>) => {
  const request = event.data;
  try {
    if (request.type === "summarise") {
      post(summarise(request));
      return;
    }
    const points = refitPoints(all, request.settings).map(({ params, tokens, loss }) => ({ params, tokens, loss }));
    const started = performance.now();
    if (request.type === "fit") {
      const fit = fitChinchilla(points, { delta: request.settings.delta, onProgress: throttled(request.id) });
      post({
        type: "fit",
        id: request.id,
        estimate: fit.estimate,
        objective: fit.objective,
        converged: fit.converged,
        starts: fit.starts,
        n: fit.n,
        ms: performance.now() - started,
      });
    } else {
      const boot = bootstrapChinchilla(points, {
        resamples: request.resamples,
        random: createRandom(request.seed),
        start: request.start,
        delta: request.settings.delta,
        onProgress: throttled(request.id),
      });
      post({ type: "bootstrap", id: request.id, samples: boot.samples, converged: boot.converged, n: points.length, ms: performance.now() - started });
    }
  } catch (error) {
    post({ type: "error", id: request.id, message: error instanceof Error ? error.message : String(error) });
  }
});

/** Derived numbers for the island's tables (cheap: closed forms and percentiles). */
function summarise(r: Extract<RefitRequest, { type: "summarise" }>): RefitReply {
  const shown = r.round ? roundLikePaper(r.estimate) : r.estimate;
  const notebook = REFERENCE_SETS.find((s) => s.key === "gridFit")!;
  const hoffmann = REFERENCE_SETS.find((s) => s.key === r.compare) ?? REFERENCE_SETS.find((s) => s.key === "printed")!;
  const table = summaryTable(
    [
      { label: r.round ? "Your refit, rounded" : "Your refit", estimate: shown },
      { label: notebook.label, estimate: notebook.estimate },
      { label: hoffmann.label, estimate: hoffmann.estimate },
    ],
    r.budget,
  );
  const samples = r.samples && r.samples.length > 1 ? (r.round ? r.samples.map(roundLikePaper) : r.samples) : null;
  const intervals = samples ? bootstrapIntervals(samples, r.budget) : null;
  const a = intervals?.find((i) => i.key === "a");
  const [hLow, hHigh] = hoffmann2022Table2Intervals80["3"].a;
  const runsNeeded = a ? runsForWidth(r.n, a.high - a.low, hHigh - hLow) : null;
  return { type: "summary", id: r.id, table, intervals, notebookDifference: largestRelativeDifference(r.estimate, notebook.estimate), runsNeeded };
}
