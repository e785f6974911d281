/**
 * Web worker of /fit/: fits, bootstraps and summarises the reader's runs with the code the CLI
 * runs (src/models/fit-runs.ts over the law module), so the page's main thread never runs a fit.
 * Progress is posted at most every 50 ms. Stateless: every request carries what it needs, so
 * the page cancels by terminating the worker and starts a fresh one. The runs arrive by
 * postMessage and leave only as results: nothing here touches the network.
 */
import type { ChinchillaEstimate } from "../laws/index.ts";
import {
  bootstrapRuns,
  fitReport,
  fitRuns,
  sha256Hex,
  summariseRuns,
  type FitOptions,
  type FitReport,
  type FitRun,
  type FitSummary,
  type RunsFit,
} from "../models/fit-runs.ts";
import { canonicalRuns, parseRuns, type ParsedRuns, type RunColumns } from "../lib/runs-csv.ts";
import { throttledProgress } from "./throttle.ts";

export type FitWorkerRequest =
  | { type: "parse"; id: number; text: string; mapping: Partial<RunColumns> | undefined }
  | { type: "fit"; id: number; runs: FitRun[]; options: FitOptions; version: string }
  | { type: "bootstrap"; id: number; runs: FitRun[]; fit: RunsFit; options: FitOptions; version: string }
  | { type: "summarise"; id: number; runs: FitRun[]; fit: RunsFit; samples: ChinchillaEstimate[] | null; options: FitOptions; version: string };

export type FitWorkerReply =
  | { type: "parse"; id: number; parsed: ParsedRuns }
  | { type: "progress"; id: number; fraction: number }
  | { type: "fit"; id: number; fit: RunsFit; summary: FitSummary; report: FitReport; ms: number }
  | { type: "bootstrap"; id: number; samples: ChinchillaEstimate[]; converged: number; summary: FitSummary; report: FitReport; ms: number }
  | { type: "summary"; id: number; summary: FitSummary; report: FitReport }
  | { type: "error"; id: number; message: string };

const post = (reply: FitWorkerReply) => (self as unknown as Worker).postMessage(reply);

const throttled = (id: number) => throttledProgress((fraction) => post({ type: "progress", id, fraction }));

self.addEventListener("message", (event: MessageEvent<FitWorkerRequest>) => {
  const r = event.data;
  if (r.type === "parse") {
    post({ type: "parse", id: r.id, parsed: parseRuns(r.text, r.mapping) }); // never throws
    return;
  }
  const started = performance.now();
  const hash = sha256Hex(canonicalRuns(r.runs));
  try {
    if (r.type === "summarise") {
      // A new budget: closed forms and percentiles over the same fit and samples, no refit.
      const summary = summariseRuns(r.runs, r.fit, r.samples, r.options);
      const options = r.samples ? r.options : { ...r.options, resamples: 0 };
      void hash.then((h) => post({ type: "summary", id: r.id, summary, report: fitReport(r.fit, summary, options, h, r.version) }));
    } else if (r.type === "fit") {
      const fit = fitRuns(r.runs, r.options, throttled(r.id));
      const summary = summariseRuns(r.runs, fit, null, r.options);
      void hash.then((h) =>
        post({
          type: "fit",
          id: r.id,
          fit,
          summary,
          report: fitReport(fit, summary, { ...r.options, resamples: 0 }, h, r.version),
          ms: performance.now() - started,
        }),
      );
    } else {
      const boot = bootstrapRuns(r.runs, r.fit.estimate, r.options, throttled(r.id));
      const summary = summariseRuns(r.runs, r.fit, boot.samples, r.options);
      void hash.then((h) =>
        post({
          type: "bootstrap",
          id: r.id,
          samples: boot.samples,
          converged: boot.converged,
          summary,
          report: fitReport(r.fit, summary, r.options, h, r.version),
          ms: performance.now() - started,
        }),
      );
    }
  } catch (error) {
    post({ type: "error", id: r.id, message: error instanceof Error ? error.message : String(error) });
  }
});
