/**
 * <law-refit>: the replication essay's live refit. Enhances the build-time table that
 * Refit.astro renders: reveals controls, and runs every fit, bootstrap and summary in a web
 * worker (./refit.worker.ts) so the main thread only writes text. Tiny on purpose: no Plot, no
 * model, no law module here. Never throws into the page; writes textContent only.
 */
import { formatNumber, parseNumber, type FormatSpec } from "../lib/format.ts";
import type { RefitReply, RefitRequest } from "./refit.worker.ts";
import { diagnose, showFailure } from "./load-failure.ts";
import type { ChinchillaEstimate } from "../laws/index.ts";
import type { IntervalRow, RefitSettings, SummaryTable } from "../models/replication-refit.ts";

const seconds = (ms: number) => `${formatNumber(ms / 1000, { kind: "sig", digits: 3 })} s`;

class LawRefit extends HTMLElement {
  private worker: Worker | undefined;
  private nextId = 1;
  private pending = new Map<number, { kind: "fit" | "bootstrap" | "summarise"; started: number }>();
  private fit: { estimate: ChinchillaEstimate; n: number; settings: RefitSettings } | undefined;
  private samples: ChinchillaEstimate[] | null = null;

  connectedCallback() {
    try {
      this.q(".refit-live")?.removeAttribute("hidden");
      this.q(".refit-run")?.addEventListener("click", () => this.runFit());
      this.q(".refit-boot-run")?.addEventListener("click", () => this.runBootstrap());
      this.q(".refit-cancel")?.addEventListener("click", () => this.cancel());
      for (const name of ["delta", "exclude", "maxLoss"]) this.field(name)?.addEventListener("change", () => this.settingsChanged());
      for (const name of ["budget", "compare", "round"]) this.field(name)?.addEventListener("change", () => this.summarise());
      for (const form of this.querySelectorAll("form")) form.addEventListener("submit", (e) => e.preventDefault());
    } catch (error) {
      this.say(".refit-status", `The live refit could not start: ${String(error)}`);
    }
  }

  private q<T extends Element = HTMLElement>(selector: string): T | null {
    return this.querySelector<T>(selector as never) as T | null;
  }

  private field(name: string): HTMLInputElement | HTMLSelectElement | null {
    return this.querySelector(`[name="${name}"]`);
  }

  private say(selector: string, text: string) {
    const el = this.q(selector);
    if (el) el.textContent = text;
  }

  private settings(): RefitSettings | string {
    const delta = Number(this.field("delta")?.value);
    const exclude = Number(this.field("exclude")?.value);
    const rawLoss = (this.field("maxLoss")?.value ?? "").trim();
    const maxLoss = rawLoss === "" ? null : Number(rawLoss);
    if (!(delta > 0)) return "Choose a Huber δ.";
    if (!Number.isInteger(exclude) || exclude < 0 || exclude > 100) return "Drop between 0 and 100 points (a whole number).";
    if (maxLoss !== null && !(maxLoss > 2.1 && maxLoss <= 6)) return "A loss limit must be between 2.1 and 6 nats, or empty.";
    return { delta, exclude, maxLoss };
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL("./refit.worker.ts", import.meta.url), { type: "module" });
    worker.addEventListener("message", (e: MessageEvent<RefitReply>) => this.receive(e.data));
    worker.addEventListener("error", (e) => {
      e.preventDefault();
      this.reset();
      // An error without a message: the worker's script did not load (a redeploy or the network).
      if (e.message) this.say(".refit-status", `The worker failed: ${e.message}.`);
      else
        void diagnose().then((kind) => {
          const el = this.q(".refit-status");
          if (el) showFailure(el, kind, "The fit shown is the last one computed.");
        });
    });
    this.worker = worker;
    return worker;
  }

  private send(request: RefitRequest, kind: "fit" | "bootstrap" | "summarise") {
    this.pending.set(request.id, { kind, started: performance.now() });
    this.ensureWorker().postMessage(request);
  }

  private busy(fitting: boolean, bootstrapping: boolean) {
    const run = this.q<HTMLButtonElement>(".refit-run");
    const boot = this.q<HTMLButtonElement>(".refit-boot-run");
    const cancel = this.q<HTMLButtonElement>(".refit-cancel");
    if (run) run.disabled = fitting || bootstrapping;
    if (boot) boot.disabled = fitting || bootstrapping || !this.fit;
    if (cancel) cancel.disabled = !(fitting || bootstrapping);
    this.dataset.state = fitting ? "fitting" : bootstrapping ? "bootstrapping" : this.samples ? "bootstrapped" : this.fit ? "fitted" : "idle";
  }

  private runFit() {
    const s = this.settings();
    if (typeof s === "string") return this.say(".refit-message", s);
    this.say(".refit-message", "");
    this.samples = null;
    this.q(".refit-intervals")?.setAttribute("hidden", "");
    this.setBar(".refit-bar", 0);
    this.say(".refit-status", "Starting the worker…");
    this.busy(true, false);
    this.send({ type: "fit", id: this.nextId++, settings: s }, "fit");
  }

  private runBootstrap() {
    if (!this.fit) return;
    const resamples = Number(this.field("resamples")?.value);
    const seed = Number(this.field("seed")?.value);
    if (!Number.isInteger(resamples) || resamples < 10 || resamples > 1000)
      return this.say(".refit-boot-status", "Choose 10 to 1,000 resamples (a whole number).");
    if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) return this.say(".refit-boot-status", "The seed is a whole number from 0 to 4294967295.");
    this.setBar(".refit-boot-bar", 0);
    this.say(".refit-boot-status", `Resampling ${formatNumber(this.fit.n, { kind: "count" })} points ${formatNumber(resamples, { kind: "count" })} times…`);
    this.busy(false, true);
    this.send({ type: "bootstrap", id: this.nextId++, settings: this.fit.settings, start: this.fit.estimate, resamples, seed }, "bootstrap");
  }

  /** Cancelling terminates the worker (a fit is one synchronous loop); the next request starts a fresh one. */
  private cancel() {
    const kinds = [...this.pending.values()].map((p) => p.kind);
    this.worker?.terminate();
    this.worker = undefined;
    this.pending.clear();
    if (kinds.includes("fit")) {
      this.setBar(".refit-bar", 0);
      this.say(".refit-status", "Cancelled.");
    }
    if (kinds.includes("bootstrap")) {
      this.setBar(".refit-boot-bar", 0);
      this.say(".refit-boot-status", "Cancelled.");
    }
    this.busy(false, false);
  }

  private reset() {
    this.worker?.terminate();
    this.worker = undefined;
    this.pending.clear();
    this.busy(false, false);
  }

  private settingsChanged() {
    const s = this.settings();
    this.say(".refit-message", typeof s === "string" ? s : "");
    if (this.fit) {
      this.q(".refit-result")?.classList.add("stale");
      this.say(".refit-status", "Settings changed: press “Refit in your browser” to see their effect.");
    }
  }

  private summarise() {
    const budget = parseNumber(this.field("budget")?.value ?? "");
    if (!(budget >= 1e15 && budget <= 1e30)) return this.say(".refit-message", "The budget must be a number of FLOPs between 1e15 and 1e30, e.g. 5.76e23.");
    this.say(".refit-message", "");
    if (!this.fit) return;
    const round = (this.field("round") as HTMLInputElement | null)?.checked ?? false;
    const compare = this.field("compare")?.value ?? "printed";
    this.send({ type: "summarise", id: this.nextId++, estimate: this.fit.estimate, samples: this.samples, n: this.fit.n, budget, round, compare }, "summarise");
  }

  private setBar(selector: string, fraction: number) {
    const bar = this.q<HTMLProgressElement>(selector);
    if (bar) bar.value = Math.max(0, Math.min(1, fraction));
  }

  private receive(reply: RefitReply) {
    const request = this.pending.get(reply.id);
    if (!request) return; // from a cancelled or superseded request
    const wall = performance.now() - request.started;
    if (reply.type === "progress") {
      const bar = request.kind === "bootstrap" ? ".refit-boot-bar" : ".refit-bar";
      this.setBar(bar, reply.fraction);
      if (request.kind === "fit")
        this.say(".refit-status", `Fitting: ${formatNumber(reply.fraction, { kind: "percent", digits: 2 })} of the starts done, ${seconds(wall)}`);
      else
        this.say(
          ".refit-boot-status",
          `Bootstrapping: ${formatNumber(reply.fraction, { kind: "percent", digits: 2 })} of the resamples done, ${seconds(wall)}`,
        );
      return;
    }
    this.pending.delete(reply.id);
    if (reply.type === "error") {
      this.say(request.kind === "bootstrap" ? ".refit-boot-status" : ".refit-status", `Could not compute: ${reply.message}`);
      this.busy(false, false);
      return;
    }
    if (reply.type === "fit") {
      const s = this.settings();
      this.fit = { estimate: reply.estimate, n: reply.n, settings: typeof s === "string" ? { delta: 1e-3, exclude: 5, maxLoss: null } : s };
      this.setBar(".refit-bar", 1);
      this.dataset.estimate = JSON.stringify(reply.estimate);
      this.dataset.wallMs = String(Math.round(wall));
      this.q(".refit-result")?.classList.remove("stale");
      this.say(
        ".refit-status",
        `Fitted ${formatNumber(reply.n, { kind: "count" })} points from ${formatNumber(reply.starts, { kind: "fixed", digits: 0 })} starts in ${seconds(wall)} of wall time (${seconds(reply.ms)} in the worker)${reply.converged ? "" : "; the best start did not meet its convergence test"}.`,
      );
      this.busy(false, false);
      this.summarise();
      return;
    }
    if (reply.type === "bootstrap") {
      this.samples = reply.samples;
      this.setBar(".refit-boot-bar", 1);
      this.say(
        ".refit-boot-status",
        `${formatNumber(reply.samples.length, { kind: "count" })} resamples of ${formatNumber(reply.n, { kind: "count" })} points in ${seconds(wall)}; ${formatNumber(reply.converged, { kind: "count" })} refits met their convergence test.`,
      );
      this.busy(false, false);
      this.summarise();
      return;
    }
    if (reply.type === "summary") {
      this.renderTable(reply.table, reply.notebookDifference);
      if (reply.intervals) this.renderIntervals(reply.intervals, reply.runsNeeded);
      this.dataset.summary = JSON.stringify({
        rows: reply.table.rows.map((r) => ({ key: r.key, value: r.values[0] })),
        notebookDifference: reply.notebookDifference,
      });
    }
  }

  private renderTable(table: SummaryTable, difference: number) {
    const el = this.q<HTMLTableElement>(".refit-result");
    if (!el) return;
    const head = row("th", ["Quantity", ...table.columns], "col");
    const body = table.rows.map((r) => {
      const tr = document.createElement("tr");
      tr.append(cell("th", r.label, "row"), ...r.values.map((v) => numeric(v, r.format)));
      tr.dataset.key = r.key;
      return tr;
    });
    const note = document.createElement("tr");
    note.append(
      cell("th", "largest difference from the Epoch notebook (E, A, B, α, β)", "row"),
      numeric(difference, { kind: "percent", digits: 2 }),
      cell("td", ""),
      cell("td", ""),
    );
    el.tHead?.replaceChildren(head);
    el.tBodies[0]?.replaceChildren(...body, note);
    el.removeAttribute("hidden");
  }

  private renderIntervals(rows: IntervalRow[], runsNeeded: number | null) {
    const el = this.q<HTMLTableElement>(".refit-intervals");
    if (!el) return;
    const range = (lo: number | null, hi: number | null, f: FormatSpec) =>
      lo === null || hi === null ? "—" : `${formatNumber(lo, f)} to ${formatNumber(hi, f)}`;
    el.tHead?.replaceChildren(row("th", ["Quantity", "Level", "Your bootstrap", "Published", "Published by"], "col"));
    const body = rows.map((r) => {
      const tr = document.createElement("tr");
      tr.dataset.key = r.key;
      tr.append(
        cell("th", r.label, "row"),
        cell("td", r.level),
        cell("td", range(r.low, r.high, r.format), "num"),
        cell("td", range(r.publishedLow, r.publishedHigh, r.format), "num"),
        cell("td", r.published || "—"),
      );
      return tr;
    });
    if (runsNeeded !== null) {
      const tr = document.createElement("tr");
      const td = cell(
        "td",
        `At width ∝ 1/√n, an 80% interval on a as narrow as Hoffmann et al.'s would need about ${formatNumber(runsNeeded, { kind: "count", digits: 2 })} training runs.`,
      );
      td.colSpan = 5;
      tr.append(td);
      body.push(tr);
    }
    el.tBodies[0]?.replaceChildren(...body);
    el.removeAttribute("hidden");
  }
}

function cell(tag: "td" | "th", text: string, scopeOrClass?: string): HTMLTableCellElement {
  const el = document.createElement(tag);
  el.textContent = text;
  if (tag === "th" && scopeOrClass) el.scope = scopeOrClass;
  else if (scopeOrClass) el.className = scopeOrClass;
  return el;
}

function numeric(value: number, format: FormatSpec): HTMLTableCellElement {
  return cell("td", formatNumber(value, format), "num");
}

function row(tag: "th", texts: string[], scope: string): HTMLTableRowElement {
  const tr = document.createElement("tr");
  tr.append(
    ...texts.map((t, i) => {
      const c = cell(tag, t, scope);
      if (i > 0) c.className = "num";
      return c;
    }),
  );
  return tr;
}

if (!customElements.get("law-refit")) customElements.define("law-refit", LawRefit);
