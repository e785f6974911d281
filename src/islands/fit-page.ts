/**
 * The page code of /fit/, loaded by <law-fit> (./fit-loader.ts) on first use. Reads the reader's
 * text on every edit (messages per line beside it; the text itself is never changed by this
 * code), runs fits and bootstraps in a web worker (./fit.worker.ts) with progress and cancel,
 * shows the estimates, both estimators and three figures, and keeps the state in the URL
 * fragment (small data) or in this browser and a fit file (large data). Text only (textContent,
 * input values), never innerHTML. Never throws into the page.
 */
import { parseRuns, RUN_FIELDS, type ParsedRuns, type RunColumns, type RunField } from "../lib/runs-csv.ts";
import { formatNumber, parseNumber, type FormatSpec } from "../lib/format.ts";
import { SITE_NAME } from "../lib/cite.ts";
import { LICENCE, figureCsv, figureJson, figureSvg, type FigureFileMeta } from "../lib/figure-files.ts";
import type { ChinchillaEstimate } from "../laws/index.ts";
import type { FitOptions, FitReport, FitSummary, RunsFit } from "../models/fit-runs.ts";
import type { FitFigure } from "../models/fit-figures.ts";
import type { FitWorkerReply, FitWorkerRequest } from "./fit.worker.ts";
import { whenIdle } from "./idle.ts";
import { saveFile } from "./save-file.ts";

// Pure option helpers live with the analysis; they are small, but the analysis imports the law
// module, so they load with it on the first fit rather than here.
type RunsModule = typeof import("../models/fit-runs.ts");
let runsModule: Promise<RunsModule> | undefined;
const loadRuns = () => (runsModule ??= import("../models/fit-runs.ts"));
type DrawModule = {
  figures: typeof import("../models/fit-figures.ts");
  figure: typeof import("../models/figure.ts");
  draw: typeof import("../draw/figure.ts");
};
let drawModule: Promise<DrawModule> | undefined;
const loadDraw = () =>
  (drawModule ??= Promise.all([import("../models/fit-figures.ts"), import("../models/figure.ts"), import("../draw/figure.ts")]).then(
    ([figures, figure, draw]) => ({ figures, figure, draw }),
  ));

/** Data sets up to this many characters of compressed state travel in the URL fragment. */
const MAX_FRAGMENT = 16_000;
const STORAGE_KEY = "slc-fit-last";
const FILE_FORMAT = "scaling-laws-computed/fit";
const sci: FormatSpec = { kind: "sci", digits: 3 };
const seconds = (ms: number) => `${formatNumber(ms / 1000, { kind: "sig", digits: 3 })} s`;

/** What a permalink or fit file restores. */
interface FitState {
  v: 1;
  text: string;
  mapping?: Partial<RunColumns>;
  options: Partial<FitOptions>;
  boot?: boolean;
}

// ---- base64url + deflate-raw (CompressionStream) ----
async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Response(new Blob([bytes as BlobPart]).stream().pipeThrough(stream));
  return new Uint8Array(await out.arrayBuffer());
}
function toBase64Url(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}
function fromBase64Url(text: string): Uint8Array {
  const b = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  return Uint8Array.from(b, (c) => c.charCodeAt(0));
}
export async function encodeState(state: FitState): Promise<string> {
  return toBase64Url(await pipe(new TextEncoder().encode(JSON.stringify(state)), new CompressionStream("deflate-raw")));
}
export async function decodeState(encoded: string): Promise<FitState> {
  if (encoded.length > 2_000_000 || !/^[A-Za-z0-9_-]*$/.test(encoded)) throw new Error("the link's data is not base64url");
  const json = new TextDecoder().decode(await pipe(fromBase64Url(encoded), new DecompressionStream("deflate-raw")));
  return checkState(JSON.parse(json));
}
function checkState(x: unknown): FitState {
  const s = x as Partial<FitState> | null;
  if (!s || typeof s !== "object" || typeof s.text !== "string") throw new Error("no runs in it");
  const mapping: Partial<RunColumns> = {};
  if (s.mapping && typeof s.mapping === "object")
    for (const f of RUN_FIELDS) {
      const v = (s.mapping as Record<string, unknown>)[f];
      if (v === null || (typeof v === "number" && Number.isInteger(v) && v >= 0 && v < 1000)) mapping[f] = v as number | null;
    }
  return { v: 1, text: s.text, mapping, options: s.options && typeof s.options === "object" ? s.options : {}, boot: s.boot === true };
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (className) e.className = className;
  return e;
}

const download = (name: string, text: string, type: string) => saveFile(new Blob([text], { type }), name);

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

class FitPage {
  private worker: Worker | undefined;
  private nextId = 1;
  private pending = new Map<number, { kind: "fit" | "bootstrap" | "summarise"; started: number }>();
  private parsed: ParsedRuns | undefined;
  private mapping: Partial<RunColumns> | undefined;
  private parseTimer = 0;
  private fit: { fit: RunsFit; options: FitOptions; runs: ParsedRuns["runs"]; text: string; mapping: Partial<RunColumns> | undefined } | undefined;
  private report: FitReport | undefined;

  private booted = false;
  private samples: ChinchillaEstimate[] | null = null;
  private figures: FitFigure[] = [];
  private svgs = new Map<string, string>();
  private permalink = "";
  private hash = "";

  constructor(private root: HTMLElement) {}

  private q<T extends Element = HTMLElement>(selector: string): T | null {
    return this.root.querySelector(selector) as T | null;
  }
  private say(selector: string, text: string) {
    const e = this.q(selector);
    if (e && e.textContent !== text) e.textContent = text;
  }
  private get textarea(): HTMLTextAreaElement {
    return this.q<HTMLTextAreaElement>("#fit-text")!;
  }
  private field(name: string): HTMLInputElement | null {
    return this.q<HTMLInputElement>(`[name="${name}"]`);
  }

  start() {
    for (const e of this.root.querySelectorAll<HTMLElement>(".fit-live")) e.hidden = false;
    const t = this.textarea;
    t.addEventListener("input", () => this.scheduleParse());
    t.addEventListener("dragover", (e) => {
      e.preventDefault();
      t.dataset.drop = "";
    });
    t.addEventListener("dragleave", () => delete t.dataset.drop);
    t.addEventListener("drop", (e) => {
      e.preventDefault();
      delete t.dataset.drop;
      const file = e.dataTransfer?.files[0];
      if (file) void this.openFile(file);
    });
    this.field("file")?.addEventListener("change", (e) => {
      const file = (e.target as HTMLInputElement).files?.[0];
      if (file) void this.openFile(file);
    });
    this.field("import")?.addEventListener("change", (e) => {
      const file = (e.target as HTMLInputElement).files?.[0];
      if (file) void this.openFile(file);
    });
    for (const b of this.root.querySelectorAll<HTMLButtonElement>(".fit-example"))
      b.addEventListener("click", () => void this.loadExample(b.dataset.example ?? ""));
    for (const s of this.root.querySelectorAll<HTMLSelectElement>(".fit-mapping select")) s.addEventListener("change", () => this.mappingChanged());
    this.q(".fit-run")?.addEventListener("click", () => void this.runFit());
    this.q(".fit-boot")?.addEventListener("click", () => void this.runBootstrap());
    this.q(".fit-cancel")?.addEventListener("click", () => this.cancel());
    this.q(".fit-options")?.addEventListener("submit", (e) => e.preventDefault());
    this.q(".fit-options")?.addEventListener("input", () => void this.optionsChanged());
    this.q(".fit-export")?.addEventListener("click", () => this.exportFile());
    for (const b of this.root.querySelectorAll<HTMLButtonElement>(".fit-copy")) b.addEventListener("click", () => this.copy(b));
    for (const b of this.root.querySelectorAll<HTMLButtonElement>(".fit-download")) b.addEventListener("click", () => void this.downloadFigure(b));
    for (const d of this.root.querySelectorAll<HTMLDetailsElement>(".fit-figure details.figure-data"))
      d.addEventListener("toggle", () => d.open && this.fillTable(d));
    window.addEventListener("hashchange", () => void this.restoreFromHash());
    this.root.dataset.ready = "";
    // Load the analysis and the figure code while the page is idle, not while a fit's results
    // arrive: evaluating Plot is one long task, better spent before the reader presses Fit.
    void whenIdle(3000, 1000)
      .then(() => loadRuns())
      .then(() => whenIdle(3000, 1000))
      .then(() => loadDraw())
      .then(() => (this.root.dataset.warm = ""))
      .catch(() => {});
    void this.parseNow();
    this.busy(false, false);
    void this.restoreFromHash().then((restored) => {
      if (!restored && !this.textarea.value.trim()) this.offerSaved();
    });
  }

  // ---- reading the text ----
  private scheduleParse() {
    clearTimeout(this.parseTimer);
    this.parseTimer = window.setTimeout(() => void this.parseNow(), 150);
  }

  /** Texts above this size are read in a worker: 10,000 runs take 100–400 ms to read, too long for the page's thread. */
  private static readonly PARSE_IN_WORKER = 40_000;
  private parseWorker: Worker | undefined;
  private parseSeq = 0;

  private parsedWaiters: (() => void)[] = [];

  /** Read the box's text; resolves once the result is shown (at once for small texts). */
  private parseNow(): Promise<void> {
    const text = this.textarea.value;
    const seq = ++this.parseSeq;
    if (text.length <= FitPage.PARSE_IN_WORKER) {
      this.parsedIs(text, parseRuns(text, this.mapping));
      return Promise.resolve();
    }
    const done = new Promise<void>((resolve) => this.parsedWaiters.push(resolve));
    this.say("#fit-parse-status", `Reading ${formatNumber(text.length, { kind: "count" })} characters…`);
    this.parsed = undefined;
    this.busy(this.pendingKind("fit"), this.pendingKind("bootstrap"));
    if (!this.parseWorker) {
      this.parseWorker = new Worker(new URL("./fit.worker.ts", import.meta.url), { type: "module" });
      this.parseWorker.addEventListener("message", (e: MessageEvent<FitWorkerReply>) => {
        const reply = e.data;
        // Only the latest text counts; the box may have changed while a reply was on its way.
        if (reply.type === "parse" && reply.id === this.parseSeq) this.parsedIs(this.textarea.value, reply.parsed);
      });
      this.parseWorker.addEventListener("error", (e) => {
        e.preventDefault();
        this.say("#fit-parse-status", `Could not read the runs: ${e.message || "the reader failed"}.`);
      });
    }
    const request: FitWorkerRequest = { type: "parse", id: seq, text, mapping: this.mapping };
    this.parseWorker.postMessage(request);
    return done;
  }

  private parsedIs(text: string, parsed: ParsedRuns) {
    this.parsed = parsed;
    this.showMapping(parsed);
    this.showProblems(parsed);
    const good = parsed.runs.length;
    const kind = parsed.delimiter === "\t" ? "TSV" : parsed.delimiter === ";" ? "semicolon-separated" : "CSV";
    let status = "";
    if (!text.trim()) status = "No runs yet: paste, type or drop a table, or load an example.";
    else if (parsed.notTable) status = parsed.notTable;
    else if (parsed.needsMapping) status = "Choose which column holds what (below), then fit.";
    else {
      const errors = parsed.problems.filter((p) => p.severity === "error" && p.line !== null).length;
      status = `Read ${formatNumber(good, { kind: "count" })} run${good === 1 ? "" : "s"} from ${kind}${parsed.header ? " with a header" : " without a header (columns N, D, L, C, label in that order)"}${errors ? `; ${formatNumber(errors, { kind: "count" })} line${errors === 1 ? " is" : "s are"} skipped (see the problems below)` : ""}.`;
    }
    this.say("#fit-parse-status", status);
    this.root.dataset.runs = String(good);
    if (this.fit && (text !== this.fit.text || JSON.stringify(this.mapping ?? {}) !== JSON.stringify(this.fit.mapping ?? {})))
      this.markStale("The runs changed: fit again to see their effect.");
    this.busy(this.pendingKind("fit"), this.pendingKind("bootstrap"));
    for (const resolve of this.parsedWaiters.splice(0)) resolve();
  }

  private showMapping(parsed: ParsedRuns) {
    const box = this.q<HTMLFieldSetElement>(".fit-mapping");
    if (!box) return;
    const show =
      parsed.needsMapping ||
      (this.mapping !== undefined && parsed.width > 0) ||
      (!!parsed.header && parsed.columns !== null && parsed.header.some((_, i) => !RUN_FIELDS.some((f) => parsed.columns![f] === i)));
    box.hidden = !show || parsed.width === 0;
    if (box.hidden) return;
    const names = Array.from({ length: parsed.width }, (_, i) => (parsed.header?.[i] ? `${i + 1}: ${parsed.header[i]!.slice(0, 30)}` : `column ${i + 1}`));
    for (const select of box.querySelectorAll<HTMLSelectElement>("select")) {
      const field = select.dataset.field as RunField;
      const current = parsed.columns?.[field] ?? null;
      const want = ["", ...names.map((_, i) => String(i))];
      if ([...select.options].map((o) => o.value).join("|") !== want.join("|") || [...select.options].slice(1).some((o, i) => o.textContent !== names[i])) {
        select.replaceChildren(el("option", "(none)"), ...names.map((n, i) => Object.assign(el("option", n), { value: String(i) })));
        select.options[0]!.value = "";
      }
      select.value = current === null ? "" : String(current);
    }
  }

  private mappingChanged() {
    const mapping: Partial<RunColumns> = {};
    for (const select of this.root.querySelectorAll<HTMLSelectElement>(".fit-mapping select")) {
      mapping[select.dataset.field as RunField] = select.value === "" ? null : Number(select.value);
    }
    this.mapping = mapping;
    void this.parseNow();
  }

  private showProblems(parsed: ParsedRuns) {
    const box = this.q<HTMLDetailsElement>(".fit-problems-box");
    const list = this.q(".fit-problems");
    if (!box || !list) return;
    const problems = parsed.problems;
    box.hidden = problems.length === 0;
    if (!problems.length) {
      list.replaceChildren();
      return;
    }
    const errors = problems.filter((p) => p.severity === "error").length;
    this.say(
      ".fit-problems-summary",
      `${formatNumber(errors, { kind: "count" })} problem${errors === 1 ? "" : "s"}${problems.length > errors ? ` and ${formatNumber(problems.length - errors, { kind: "count" })} note${problems.length - errors === 1 ? "" : "s"}` : ""}`,
    );
    box.open = problems.length <= 20;
    const shown = problems.slice(0, 200).map((p) => {
      const li = el("li", p.message, p.severity);
      if (p.line !== null) li.dataset.line = String(p.line);
      return li;
    });
    if (problems.length > 200) shown.push(el("li", `… and ${formatNumber(problems.length - 200, { kind: "count" })} more.`));
    list.replaceChildren(...shown);
  }

  private async openFile(file: File) {
    if (file.size > 20_000_000)
      return this.say("#fit-parse-status", `${file.name} is ${formatNumber(file.size, { kind: "count" })} bytes; the page reads files up to 20 MB.`);
    const text = await file.text();
    if (/^\s*\{/.test(text)) {
      try {
        const json = JSON.parse(text) as { format?: string };
        if (json.format === FILE_FORMAT) return this.restore(checkState((json as { state?: unknown }).state), `Imported the fit file ${file.name}.`);
      } catch {
        /* not a fit file: read it as a table, which says what it is */
      }
    }
    this.mapping = undefined;
    this.textarea.value = text;
    void this.parseNow();
  }

  private async loadExample(which: string) {
    this.mapping = undefined;
    if (which === "replication") {
      try {
        const response = await fetch(this.root.dataset.replication ?? "", { credentials: "omit" });
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        this.textarea.value = await response.text();
      } catch (error) {
        return this.say("#fit-parse-status", `Could not load the replication data: ${(error as Error).message}.`);
      }
    } else {
      const m = await loadRuns();
      const { hoffmann2022Unrounded } = await import("../laws/index.ts");
      this.textarea.value = m.runsAsCsv(m.syntheticRuns({ ...m.EXAMPLE_DESIGN, truth: hoffmann2022Unrounded }), 4);
    }
    void this.parseNow();
  }

  // ---- options ----
  private async readOptions(): Promise<FitOptions | string> {
    const m = await loadRuns();
    const delta = parseNumber(this.field("delta")?.value ?? "");
    if (!(delta >= m.FIT_LIMITS.delta[0] && delta <= m.FIT_LIMITS.delta[1]))
      return `Huber δ must be a number from ${m.FIT_LIMITS.delta[0]} to ${m.FIT_LIMITS.delta[1]} (the paper used 1e-3).`;
    const budget = parseNumber(this.field("budget")?.value ?? "");
    if (!(budget >= m.FIT_LIMITS.budget[0] && budget <= m.FIT_LIMITS.budget[1])) return "The budget must be a number of FLOPs from 1e6 to 1e32, e.g. 5.76e23.";
    const resamples = Number(this.field("resamples")?.value);
    if (!Number.isInteger(resamples) || resamples < 2 || resamples > m.FIT_LIMITS.resamples[1])
      return `Bootstrap with 2 to ${m.FIT_LIMITS.resamples[1]} resamples (a whole number).`;
    const seed = Number(this.field("seed")?.value);
    if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) return "The seed is a whole number from 0 to 4294967295.";
    const spec = (["alpha", "beta", "e", "a", "b"] as const).map((k) => `${k}=${this.field(`grid-${k}`)?.value ?? ""}`).join(";");
    const grid = m.parseGridSpec(spec);
    if (typeof grid === "string") return `Start grid: ${grid}.`;
    this.say(".fit-grid-size", formatNumber(m.gridSize(grid), { kind: "fixed", digits: 0 }));
    return { delta, budget, resamples, seed, grid };
  }

  private async optionsChanged() {
    const o = await this.readOptions();
    this.say(".fit-options-message", typeof o === "string" ? o : "");
    if (typeof o === "string" || !this.fit) return;
    const f = this.fit.options;
    if (o.delta !== f.delta || JSON.stringify(o.grid) !== JSON.stringify(f.grid)) this.markStale("The fit options changed: fit again to see their effect.");
    else if (o.budget !== f.budget) this.resummarise(o.budget);
    else if (this.booted && (o.resamples !== f.resamples || o.seed !== f.seed))
      this.markStale("The bootstrap options changed: bootstrap again to see their effect.");
  }

  private setOptions(o: Partial<FitOptions>, formatAxis: (v: readonly number[]) => string) {
    const set = (name: string, v: string) => {
      const f = this.field(name);
      if (f) f.value = v;
    };
    if (typeof o.delta === "number") set("delta", String(o.delta));
    if (typeof o.budget === "number") set("budget", o.budget.toExponential());
    if (typeof o.resamples === "number") set("resamples", String(o.resamples));
    if (typeof o.seed === "number") set("seed", String(o.seed));
    if (o.grid) for (const k of ["alpha", "beta", "e", "a", "b"] as const) if (o.grid[k]) set(`grid-${k}`, formatAxis(o.grid[k]));
  }

  // ---- the worker ----
  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL("./fit.worker.ts", import.meta.url), { type: "module" });
    worker.addEventListener("message", (e: MessageEvent<FitWorkerReply>) => void this.receive(e.data));
    worker.addEventListener("error", (e) => {
      e.preventDefault();
      this.say(".fit-run-status", `The worker failed: ${e.message || "unknown error"}.`);
      this.terminate();
    });
    this.worker = worker;
    return worker;
  }
  private send(request: Extract<FitWorkerRequest, { type: "fit" | "bootstrap" | "summarise" }>) {
    this.pending.set(request.id, { kind: request.type, started: performance.now() });
    this.ensureWorker().postMessage(request);
  }
  private pendingKind(kind: "fit" | "bootstrap") {
    return [...this.pending.values()].some((p) => p.kind === kind);
  }
  private terminate() {
    this.worker?.terminate();
    this.worker = undefined;
    this.pending.clear();
    this.busy(false, false);
  }
  private busy(fitting: boolean, bootstrapping: boolean) {
    const usable = !!this.parsed && this.parsed.runs.length >= 5 && !this.parsed.notTable && !this.parsed.needsMapping;
    const set = (sel: string, disabled: boolean) => {
      const b = this.q<HTMLButtonElement>(sel);
      if (b) b.disabled = disabled;
    };
    set(".fit-run", fitting || bootstrapping || !usable);
    set(".fit-boot", fitting || bootstrapping || !this.fit);
    set(".fit-cancel", !(fitting || bootstrapping));
    this.root.dataset.state = fitting ? "fitting" : bootstrapping ? "bootstrapping" : this.booted ? "bootstrapped" : this.fit ? "fitted" : "idle";
  }

  private async runFit(state?: FitState) {
    const parsed = this.parsed;
    const options = await this.readOptions();
    if (typeof options === "string") return this.say(".fit-options-message", options);
    this.say(".fit-options-message", "");
    if (!parsed || parsed.runs.length < 5 || parsed.needsMapping || parsed.notTable)
      return this.say(".fit-run-status", "Nothing to fit yet: the box needs at least five usable runs.");
    this.terminate();
    const runs = parsed.runs;
    this.fit = undefined;
    this.booted = false;
    this.samples = null;
    this.setBar(0);
    const m = await loadRuns();
    this.say(
      ".fit-run-status",
      `Fitting ${formatNumber(runs.length, { kind: "count" })} runs from ${formatNumber(m.gridSize(options.grid), { kind: "fixed", digits: 0 })} starts…`,
    );
    this.pendingFit = { options, text: this.textarea.value, mapping: this.mapping, runs, bootAfter: state?.boot === true };
    this.send({ type: "fit", id: this.nextId++, runs: this.workerRuns(runs), options, version: this.root.dataset.version ?? "" });
    this.busy(true, false);
  }
  private pendingFit: { options: FitOptions; text: string; mapping: Partial<RunColumns> | undefined; runs: ParsedRuns["runs"]; bootAfter: boolean } | undefined;

  private async runBootstrap() {
    if (!this.fit) return;
    const options = await this.readOptions();
    if (typeof options === "string") return this.say(".fit-options-message", options);
    if (
      options.delta !== this.fit.options.delta ||
      JSON.stringify(options.grid) !== JSON.stringify(this.fit.options.grid) ||
      options.budget !== this.fit.options.budget
    ) {
      return this.say(".fit-options-message", "The fit options changed since the fit: fit again first, so the bootstrap starts from that fit.");
    }
    this.fit.options = options;
    this.setBar(0);
    this.say(
      ".fit-run-status",
      `Bootstrapping: ${formatNumber(options.resamples, { kind: "count" })} resamples of ${formatNumber(this.fit.runs.length, { kind: "count" })} runs…`,
    );
    this.send({
      type: "bootstrap",
      id: this.nextId++,
      runs: this.workerRuns(this.fit.runs),
      fit: this.fit.fit,
      options,
      version: this.root.dataset.version ?? "",
    });
    this.busy(false, true);
  }

  /** A new budget re-reads the same fit (and bootstrap samples) there: no refit. */
  private resummarise(budget: number) {
    if (!this.fit || this.pendingKind("fit") || this.pendingKind("bootstrap")) return;
    this.fit.options = { ...this.fit.options, budget };
    this.send({
      type: "summarise",
      id: this.nextId++,
      runs: this.workerRuns(this.fit.runs),
      fit: this.fit.fit,
      samples: this.booted ? this.samples : null,
      options: this.fit.options,
      version: this.root.dataset.version ?? "",
    });
  }

  private workerRuns(runs: ParsedRuns["runs"]) {
    return runs.map(({ params, tokens, loss, flops, line, label }) => ({ params, tokens, loss, flops, line, ...(label ? { label } : {}) }));
  }

  /** Cancelling terminates the worker (a fit is one synchronous loop); the next request starts a fresh one. */
  private cancel() {
    const kinds = [...this.pending.values()].map((p) => p.kind);
    this.terminate();
    this.setBar(0);
    this.say(".fit-run-status", kinds.includes("bootstrap") ? "Bootstrap cancelled; the fit stays." : "Cancelled.");
  }

  private setBar(fraction: number) {
    const bar = this.q<HTMLProgressElement>(".fit-bar");
    if (bar) bar.value = Math.max(0, Math.min(1, fraction));
  }

  private async receive(reply: FitWorkerReply) {
    const request = this.pending.get(reply.id);
    if (!request || reply.type === "parse") return;
    const wall = performance.now() - request.started;
    if (reply.type === "progress") {
      this.setBar(reply.fraction);
      this.say(
        ".fit-run-status",
        `${request.kind === "fit" ? "Fitting" : "Bootstrapping"}: ${formatNumber(reply.fraction, { kind: "percent", digits: 2 })} done, ${seconds(wall)}`,
      );
      return;
    }
    this.pending.delete(reply.id);
    if (reply.type === "error") {
      this.say(".fit-run-status", `Could not fit: ${reply.message}`);
      this.busy(false, false);
      return;
    }
    if (reply.type !== "summary") this.setBar(1);
    if (reply.type === "summary") {
      this.say(".fit-run-status", `Read the fit at ${formatNumber(this.fit!.options.budget, sci)} FLOPs.`);
    } else if (reply.type === "fit") {
      const p = this.pendingFit!;
      this.fit = { fit: reply.fit, options: p.options, runs: p.runs, text: p.text, mapping: p.mapping };
      this.booted = false;
      this.root.dataset.estimate = JSON.stringify(reply.fit.estimate);
      this.root.dataset.wallMs = String(Math.round(wall));
      this.say(
        ".fit-run-status",
        `Fitted ${formatNumber(reply.fit.n, { kind: "count" })} runs from ${formatNumber(reply.fit.starts, { kind: "fixed", digits: 0 })} starts in ${seconds(wall)}${reply.fit.converged ? "" : "; the best start did not meet its convergence test"}.`,
      );
    } else {
      this.booted = true;
      this.samples = reply.samples;
      this.say(
        ".fit-run-status",
        `${formatNumber(reply.samples.length, { kind: "count" })} resamples in ${seconds(wall)}; ${formatNumber(reply.converged, { kind: "count" })} refits met their convergence test.`,
      );
    }

    this.report = reply.report;
    this.hash = reply.report.dataSha256;
    this.root.dataset.report = JSON.stringify({
      estimate: reply.report.estimate,
      rows: reply.report.rows,
      approach2: reply.report.approach2,
      dataSha256: reply.report.dataSha256,
      options: reply.report.options,
    });
    this.busy(false, false);
    const t0 = performance.now();
    this.showResults(reply.summary, this.fit!.fit);
    performance.measure("fit-results", { start: t0 });
    await nextTask();
    const t1 = performance.now();
    await this.share();
    performance.measure("fit-share-wall", { start: t1 }); // across awaits (compression): not one task
    await this.drawFigures(reply.summary, this.fit!.fit.estimate);
    if (reply.type === "fit" && this.pendingFit?.bootAfter) {
      this.pendingFit.bootAfter = false;
      void this.runBootstrap();
    }
  }

  private markStale(message: string) {
    this.q(".fit-results")?.classList.add("stale");
    this.say(".fit-run-status", message);
  }

  // ---- results ----
  private showResults(s: FitSummary, fit: RunsFit) {
    const results = this.q<HTMLElement>(".fit-results");
    if (!results) return;
    results.hidden = false;
    results.classList.remove("stale");
    const warnings = this.q<HTMLElement>(".fit-warnings");
    if (warnings) warnings.hidden = s.warnings.length === 0;
    this.q(".fit-warning-list")?.replaceChildren(...s.warnings.map((w) => el("li", w)));
    const table = this.q<HTMLTableElement>(".fit-estimates");
    if (table) {
      const level = `${Math.round(s.confidence * 100)}% interval`;
      const head = el("tr");
      for (const [i, h] of [
        "Quantity",
        "Your fit",
        s.resamples ? `${level} (${formatNumber(s.resamples, { kind: "count" })} resamples)` : `${level} (bootstrap to see)`,
        ...s.published.map((p) => p.label),
      ].entries()) {
        const th = el("th", h, i ? "num" : undefined);
        th.scope = "col";
        head.append(th);
      }
      table.tHead?.replaceChildren(head);
      const publishedValue = (p: FitSummary["published"][number], key: string): number | null => {
        const e = p.estimate as unknown as Record<string, number>;
        if (key in e) return e[key]!;
        if (key === "a") return p.a;
        if (key === "b") return 1 - p.a;
        if (key === "tokensPerParam") return p.tokensPerParam;
        if (key === "params") return p.params;
        if (key === "tokens") return p.params * p.tokensPerParam;
        return null;
      };
      const rows = s.rows.map((r) => {
        const tr = el("tr");
        tr.dataset.key = r.key;
        const th = el(
          "th",
          r.key === "tokensPerParam" || r.key === "params" || r.key === "tokens" ? `${r.label} (${formatNumber(s.budget, sci)} FLOPs)` : r.label,
        );
        th.scope = "row";
        tr.append(
          th,
          el("td", formatNumber(r.estimate, r.format), "num"),
          el("td", r.low === null || r.high === null ? "—" : `${formatNumber(r.low, r.format)} to ${formatNumber(r.high, r.format)}`, "num"),
        );
        for (const p of s.published) {
          const v = publishedValue(p, r.key);
          tr.append(el("td", v === null ? "—" : formatNumber(v, r.format), "num"));
        }
        return tr;
      });
      const n = el("tr");
      const th = el("th", "runs fitted; summed Huber loss");
      th.scope = "row";
      n.append(
        th,
        el("td", `${formatNumber(fit.n, { kind: "count" })}; ${formatNumber(fit.objective, { kind: "sig", digits: 4 })}`, "num"),
        el("td", ""),
        ...s.published.map(() => el("td", "")),
      );
      table.tBodies[0]?.replaceChildren(...rows, n);
    }
    this.showApproach2(s);
  }

  private showApproach2(s: FitSummary) {
    const table = this.q<HTMLTableElement>(".fit-approach2");
    const a2 = s.approach2;
    const a3 = s.rows.find((r) => r.key === "a")!,
      b3 = s.rows.find((r) => r.key === "b")!;
    const used = a2?.used ?? 0;
    const reasons = (a2?.groups ?? [])
      .filter((g) => !g.used && g.members.length >= 3)
      .slice(0, 3)
      .map((g) => `${formatNumber(g.flops, sci)} FLOPs: ${g.reason}`);
    this.say(
      ".fit-a2-note",
      a2?.ok
        ? `Your runs form ${a2.groups.length} budget group${a2.groups.length === 1 ? "" : "s"}; ${used} had a usable parabola minimum, so Approach 2 stands beside the parametric fit. The two need not agree: Hoffmann et al.'s Table 2 gives a = 0.49 for Approach 2 and 0.46 for Approach 3 on their runs, and a parabola in log N is symmetric while loss along a budget is not, so Approach 2's minimum shifts with where the sizes were sampled.${used < 3 ? " With fewer than three budgets its power law rests on very few points." : ""}${reasons.length ? ` Left out: ${reasons.join("; ")}.` : ""}`
        : `Approach 2 needs isoFLOP groups: several model sizes trained at each of at least two budgets. ${a2?.reason ? `Here: ${a2.reason}.` : ""}${reasons.length ? ` Left out: ${reasons.join("; ")}.` : ""}`,
    );
    if (!table) return;
    const head = el("tr");
    for (const [i, h] of [
      "Exponent",
      "Your parametric fit (Approach 3)",
      "Your isoFLOP parabolas (Approach 2)",
      "Hoffmann et al., Approach 2",
      "Hoffmann et al., Approach 3",
    ].entries()) {
      const th = el("th", h, i ? "num" : undefined);
      th.scope = "col";
      head.append(th);
    }
    table.tHead?.replaceChildren(head);
    const f3 = { kind: "fixed", digits: 3 } as const,
      f2 = { kind: "fixed", digits: 2 } as const;
    const interval = (r: typeof a3) => (r.low !== null && r.high !== null ? ` (${formatNumber(r.low, f3)} to ${formatNumber(r.high, f3)})` : "");
    const rows = (
      [
        ["a", a3, a2?.ok ? a2.a : null, 0.49, 0.46],
        ["b", b3, a2?.ok ? a2.b : null, 0.51, 0.54],
      ] as const
    ).map(([key, r3, r2, h2, h3]) => {
      const tr = el("tr");
      tr.dataset.key = key;
      const th = el("th", key === "a" ? "a (N_opt ∝ C^a)" : "b (D_opt ∝ C^b)");
      th.scope = "row";
      tr.append(
        th,
        el("td", `${formatNumber(r3.estimate, f3)}${interval(r3)}`, "num"),
        el("td", r2 === null ? "—" : formatNumber(r2, f3), "num"),
        el("td", formatNumber(h2, f2), "num"),
        el("td", formatNumber(h3, f2), "num"),
      );
      return tr;
    });
    table.tBodies[0]?.replaceChildren(...rows);
  }

  private async drawFigures(s: FitSummary, estimate: ChinchillaEstimate) {
    let draw: DrawModule;
    try {
      draw = await loadDraw();
    } catch (error) {
      this.say(".fit-run-status", `The figures could not load: ${(error as Error).message}`);
      return;
    }
    this.figures = draw.figures.fitFigures(s, estimate);
    this.svgs.clear();
    for (const fig of this.figures) {
      await nextTask(); // one figure per task keeps each under the 50 ms a reader would notice
      const box = this.q<HTMLElement>(`.fit-figure[data-figure="${fig.name}"]`);
      if (!box) continue;
      const plotBox = box.querySelector<HTMLElement>(".fit-plot")!;
      const width = matchMedia(draw.figure.NARROW_QUERY).matches ? draw.figure.NARROW_WIDTH : draw.figure.FIGURE_WIDTH;
      const t0 = performance.now();
      try {
        const options = fig.plot(width);
        const svg = draw.draw.drawPlot(options, { width, idPrefix: `fit-${fig.name}` });
        plotBox.replaceChildren(svg);
        this.svgs.set(fig.name, svg.outerHTML);
      } catch (error) {
        plotBox.replaceChildren(el("p", `This figure could not be drawn: ${(error as Error).message}`, "figure-error"));
      }
      box.querySelector(".figure-title")!.textContent = `${fig.title}.`;
      box.querySelector(".figure-caption")!.textContent = fig.caption;
      box.querySelector(".figure-description-text")!.textContent = fig.describe;
      const details = box.querySelector<HTMLDetailsElement>("details.figure-data")!;
      details.querySelector("summary")!.textContent = `Data table (${formatNumber(fig.rows.length, { kind: "count" })} rows)`;
      if (details.open) this.fillTable(details);
      else details.querySelector("table")?.replaceChildren(el("thead"), el("tbody"));
      performance.measure(`fit-figure-${fig.name}`, { start: t0 }); // read by npm run bench
    }
  }

  /** Tables are built when opened (a 10,000-run table is a lot of DOM); at most 1,000 rows, the CSV has all. */
  private fillTable(details: HTMLDetailsElement) {
    const name = details.closest<HTMLElement>(".fit-figure")?.dataset.figure;
    const fig = this.figures.find((f) => f.name === name);
    const table = details.querySelector("table");
    if (!fig || !table) return;
    const head = el("tr");
    for (const c of fig.columns) {
      const th = el("th", c.label, c.format ? "num" : undefined);
      th.scope = "col";
      head.append(th);
    }
    const body = fig.rows.slice(0, 1000).map((row) => {
      const tr = el("tr");
      for (const c of fig.columns) {
        const v = row[c.key];
        tr.append(el("td", typeof v === "number" ? formatNumber(v, c.format ?? { kind: "sig" }) : String(v ?? ""), c.format ? "num" : undefined));
      }
      return tr;
    });
    if (fig.rows.length > 1000) {
      const tr = el("tr");
      const td = el("td", `First 1,000 of ${formatNumber(fig.rows.length, { kind: "count" })} rows; the CSV download has all.`);
      td.colSpan = fig.columns.length;
      tr.append(td);
      body.push(tr);
    }
    table.replaceChildren(el("thead"), el("tbody"));
    table.tHead!.append(head);
    table.tBodies[0]!.append(...body);
  }

  // ---- state, permalink, citation ----
  private async share() {
    if (!this.fit || !this.report) return;
    const m = await loadRuns();
    const state: FitState = {
      v: 1,
      text: this.fit.text,
      options: this.fit.options,
      boot: this.booted,
      ...(this.fit.mapping ? { mapping: this.fit.mapping } : {}),
    };
    let encoded = "";
    try {
      encoded = await encodeState(state);
    } catch {
      encoded = "";
    }
    const pageUrl = new URL(location.href);
    pageUrl.hash = "";
    const canonical = new URL("fit/", this.root.dataset.site ?? `${pageUrl.origin}/`);
    let status: string;
    if (encoded && encoded.length <= MAX_FRAGMENT) {
      this.permalink = `${canonical.href}#fit=${encoded}`;
      history.replaceState(null, "", `${pageUrl.pathname}${pageUrl.search}#fit=${encoded}`);
      status = `The permalink below carries your runs and options (${formatNumber(encoded.length, { kind: "count" })} characters after “#”, which browsers never send to a server); opening it refits them.`;
    } else {
      this.permalink = canonical.href;
      if (location.hash) history.replaceState(null, "", `${pageUrl.pathname}${pageUrl.search}`);
      try {
        localStorage.setItem(STORAGE_KEY, JSON.stringify(state));
        status = "Your runs are too many for a link: they are saved in this browser (offered again when you come back) and in a fit file you can export below.";
      } catch {
        status = "Your runs are too many for a link and this browser would not save them: export a fit file below to keep them.";
      }
    }
    this.say(".fit-share-status", status);
    const input = this.q<HTMLInputElement>(".fit-permalink");
    if (input) input.value = this.permalink;
    this.root.dataset.permalink = this.permalink;
    this.say(".fit-cite-text", m.fitCiteText(this.citeInput()));
    this.say(".fit-cite-bibtex", m.fitCiteBibtex(this.citeInput()));
    this.say(".fit-cli", m.cliCommand(this.currentOptions()));
  }

  private currentOptions(): FitOptions {
    const o = this.fit!.options;
    return this.booted ? o : { ...o, resamples: 0 };
  }

  private citeInput() {
    const d = this.root.dataset;
    return {
      siteName: SITE_NAME,
      year: d.year ?? "",
      version: d.version ?? "",
      n: this.fit!.fit.n,
      dataSha256: this.hash,
      options: this.currentOptions(),
      url: this.permalink,
    };
  }

  private copy(button: HTMLButtonElement) {
    const what = button.dataset.copy;
    const text =
      what === "permalink"
        ? this.permalink
        : what === "bibtex"
          ? (this.q(".fit-cite-bibtex")?.textContent ?? "")
          : (this.q(".fit-cite-text")?.textContent ?? "");
    void navigator.clipboard?.writeText(text).then(
      () => {
        button.textContent = "Copied";
        setTimeout(() => (button.textContent = "Copy"), 1500);
      },
      () => (button.textContent = "Select and copy"),
    );
  }

  private exportFile() {
    if (!this.fit || !this.report) return;
    const state: FitState = {
      v: 1,
      text: this.fit.text,
      options: this.fit.options,
      boot: this.booted,
      ...(this.fit.mapping ? { mapping: this.fit.mapping } : {}),
    };
    const file = {
      format: FILE_FORMAT,
      version: this.root.dataset.version,
      citation: this.q(".fit-cite-text")?.textContent ?? "",
      licence: LICENCE,
      state,
      report: this.report,
    };
    download(`fit-${this.hash.slice(0, 12)}.json`, `${JSON.stringify(file, null, 2)}\n`, "application/json");
  }

  private async downloadFigure(button: HTMLButtonElement) {
    const name = button.closest<HTMLElement>(".fit-figure")?.dataset.figure ?? "";
    const fig = this.figures.find((f) => f.name === name);
    if (!fig || !this.fit) return;
    const o = this.currentOptions();
    const meta: FigureFileMeta = {
      model: "fit",
      figure: fig.name,
      title: fig.title,
      version: this.root.dataset.version ?? "",
      url: this.permalink,
      params: { runs: this.fit.fit.n, delta: o.delta, resamples: o.resamples, seed: o.seed, budget: o.budget },
      sources: [
        { id: "hoffmann2022", title: "Hoffmann et al. 2022, Training Compute-Optimal Large Language Models", arxiv: "2203.15556" },
        { id: "besiroglu2024", title: "Besiroglu et al. 2024, Chinchilla Scaling: A replication attempt", arxiv: "2404.10102" },
      ],
      citation: this.q(".fit-cite-text")?.textContent ?? "",
    };
    const format = button.dataset.format;
    const base = `fit-${fig.name}-${this.hash.slice(0, 8)}`;
    if (format === "svg") {
      const svg = this.svgs.get(fig.name);
      if (svg) download(`${base}.svg`, figureSvg(meta, svg), "image/svg+xml");
    } else if (format === "csv") download(`${base}.csv`, figureCsv(meta, fig.rows), "text/csv");
    else download(`${base}.json`, figureJson(meta, fig.rows), "application/json");
  }

  private async restoreFromHash(): Promise<boolean> {
    const hash = location.hash;
    if (!hash.startsWith("#fit=")) return false;
    const encoded = hash.slice(5);
    if (this.permalink.endsWith(`#fit=${encoded}`)) return true; // our own replaceState
    try {
      await this.restore(await decodeState(encoded), "Opened from a permalink: refitting its runs.");
      return true;
    } catch (error) {
      this.say("#fit-parse-status", `This link's data could not be read (${(error as Error).message}); nothing was loaded.`);
      return false;
    }
  }

  private async restore(state: FitState, message: string) {
    const m = await loadRuns();
    const { options, problems } = m.checkOptions(state.options);
    this.textarea.value = state.text;
    this.mapping = state.mapping && Object.keys(state.mapping).length ? state.mapping : undefined;
    this.setOptions(options, m.formatGridAxis);
    await this.parseNow();
    this.say(".fit-run-status", problems.length ? `${message} Some options were not valid and were reset: ${problems.join("; ")}.` : message);
    await this.runFit(state);
  }

  private offerSaved() {
    let saved: FitState | undefined;
    try {
      const raw = localStorage.getItem(STORAGE_KEY);
      if (raw) saved = checkState(JSON.parse(raw));
    } catch {
      saved = undefined;
    }
    if (!saved) return;
    const b = el("button", "Restore the runs you fitted last time (saved in this browser)", "fit-restore");
    b.type = "button";
    b.addEventListener("click", () => {
      b.remove();
      void this.restore(saved!, "Restored from this browser: refitting.");
    });
    this.q(".fit-data .fit-row")?.append(b);
  }
}

/** Called by <law-fit> once the page's code has loaded. */
export function enhance(root: HTMLElement) {
  if (root.dataset.ready !== undefined) return;
  try {
    new FitPage(root).start();
  } catch (error) {
    const status = root.querySelector(".fit-run-status");
    if (status) status.textContent = `The fit could not start: ${(error as Error).message}`;
  }
}
