/**
 * Eager island (kept tiny): <law-scope> holds one page's parameter state; <law-param> is an
 * inline, scrubbable, editable number. The model and Plot arrive later by dynamic import
 * (./runtime.ts): prefetched when the browser is idle, or at once on first interaction.
 * Nothing here throws into the page: a bad value shows a message and the last good state stays.
 */
import { formatNumber, parseNumber } from "../lib/format.ts";
import { ariaNumber, clampParam, formatParam, paramFraction, paramFromFraction, paramValueText, stepParam, type ParamSpec } from "../models/params.ts";
import { compareSemver, migrationNotes, readUrlState, writeUrlState, type PageSpec } from "../models/url-state.ts";
import type { Runtime } from "./runtime.ts";
import { whenIdle } from "./idle.ts";
import { diagnose, showFailure } from "./load-failure.ts";

export class LawScope extends HTMLElement {
  spec!: PageSpec;
  params: Record<string, number> = {};
  private runtime?: Promise<Runtime> | undefined;
  private scheduled = false;
  private changed = new Set<string>();
  private urlTimer = 0;
  /** The parameters the page's numbers and figures show (the build's defaults until an update lands). */
  private shown: Record<string, number> = {};
  /** The URL holds a linked state the page has not shown yet: keep it (Reload shows it). */
  private fromLink = false;
  /** The runtime has loaded: a change is drawn before the next paint, nothing needs marking. */
  private ready = false;
  /** Something is marked as pending (markPending), so an update or a failed load has marks to clear. */
  private marked = false;

  connectedCallback() {
    const json = this.querySelector("script.law-spec")?.textContent;
    if (!json) return;
    this.spec = JSON.parse(json) as PageSpec;
    this.params = Object.fromEntries(Object.entries(this.spec.params).map(([k, p]) => [k, p.default]));
    this.shown = { ...this.params };
    this.querySelector(".law-reset")?.addEventListener("click", () => this.reset());
    this.enhanceCitePanels();
    const { state, problems, version } = readUrlState(location.search, this.spec);
    if (problems.length) this.note(`From the link: ${problems.join("; ")}. Showing the last good values.`);
    if (version && compareSemver(version, this.spec.semver) < 0) this.olderVersion(version);
    if (Object.keys(state).length) {
      this.fromLink = true;
      for (const [name, value] of Object.entries(state)) this.set(name, value, false);
      // The cite panels were built at the defaults: make their permalinks and citations this state's.
      this.load()
        .then((rt) => rt.cite(this, this.params))
        .catch(() => {});
    }
    // On paper every figure carries its permalink and citation: open the closed cite panels for
    // printing (print CSS shows only those two parts) and close them again afterwards.
    addEventListener("beforeprint", () => {
      for (const panel of this.querySelectorAll<HTMLDetailsElement>("details.figure-cite:not([open])")) {
        panel.open = true;
        panel.dataset.printOpened = "";
      }
    });
    addEventListener("afterprint", () => {
      for (const panel of this.querySelectorAll<HTMLDetailsElement>("details.figure-cite[data-print-opened]")) {
        panel.open = false;
        delete panel.dataset.printOpened;
      }
    });
    // Warm the model and Plot after the page is interactive, so the first change is fast.
    // (If it cannot load, nothing is said until the reader changes something.)
    // Plot, d3 and the law module are evaluated a package at a time first (./prewarm.ts), so no
    // single task is long; an interaction meanwhile loads the runtime at once and ends the steps.
    void whenIdle(2000, 200)
      .then(() => import("./prewarm.ts"))
      .then((m) => m.prewarm(() => this.runtime !== undefined))
      .then(() => this.load())
      .then((rt) => rt.warm(this))
      .then(() => (this.dataset.warm = ""))
      .catch(() => {});
  }

  /** Load (once) the runtime: Plot and this page's model. A failed load is forgotten, so the next call tries again. */
  load(): Promise<Runtime> {
    this.runtime ??= import("./runtime.ts")
      .then((m) => m.createRuntime(this.spec.model))
      .then((rt) => {
        this.ready = true;
        return rt;
      })
      .catch((error: unknown) => {
        this.runtime = undefined;
        throw error;
      });
    return this.runtime;
  }

  paramSpec(name: string): ParamSpec | undefined {
    return Object.hasOwn(this.spec.params, name) ? this.spec.params[name] : undefined;
  }

  /** Set a parameter (clamped), update every control showing it, and schedule the dependents. */
  set(name: string, value: number, writeUrl = true) {
    const spec = this.paramSpec(name);
    if (!spec || !Number.isFinite(value)) return;
    const next = clampParam(spec, value);
    if (this.params[name] === next) return;
    this.params[name] = next;
    this.changed.add(name);
    for (const el of this.controls(name)) showParam(el, spec, next);
    if (!this.ready) this.markPending(name);
    this.syncBar();
    // Coalesce every change made in this task (a reset sets many parameters) into one update,
    // run before the next paint. Pointer events already arrive at most once per frame.
    if (!this.scheduled) {
      this.scheduled = true;
      queueMicrotask(() => void this.flush());
    }
    if (writeUrl) {
      clearTimeout(this.urlTimer);
      this.urlTimer = window.setTimeout(() => this.writeUrl(), 250);
    }
  }

  private controlsByName?: Map<string, HTMLElement[]>;

  /** The controls showing a parameter (found once: an essay's controls do not come and go). */
  private controls(name: string): HTMLElement[] {
    if (!this.controlsByName) {
      this.controlsByName = new Map();
      for (const el of this.querySelectorAll<HTMLElement>("law-param")) {
        const key = el.getAttribute("name") ?? "";
        this.controlsByName.set(key, [...(this.controlsByName.get(key) ?? []), el]);
      }
    }
    return this.controlsByName.get(name) ?? [];
  }

  /**
   * A change made before the runtime has loaded (during warm-up on a slow phone it takes 150–300
   * ms at 4× CPU to load, evaluate and draw): dim at once, in the paint that shows the control's
   * new value, the figures and numbers that will change, so the reader sees what the change
   * reaches while it is computed. The build marks each figure with the parameters it uses and
   * each number with those it reads. The update clears the marks; so does a failed load.
   */
  private markPending(name: string) {
    this.marked = true;
    const reaches = (list: string | undefined) => list === undefined || list.split(" ").includes(name);
    for (const el of this.querySelectorAll<HTMLElement>("law-figure")) if (reaches(el.dataset.uses)) el.dataset.stale = "";
    for (const el of this.querySelectorAll<HTMLElement>("law-value, [data-law-value]")) if (reaches(el.dataset.reads)) el.dataset.pending = "";
  }

  private clearPending(figuresToo: boolean) {
    if (!this.marked) return;
    this.marked = false;
    for (const el of this.querySelectorAll<HTMLElement>("[data-pending]")) delete el.dataset.pending;
    if (figuresToo) for (const el of this.querySelectorAll<HTMLElement>("law-figure[data-stale]")) delete el.dataset.stale;
  }

  isDefault(): boolean {
    return Object.entries(this.spec.params).every(([k, p]) => this.params[k] === p.default);
  }

  reset() {
    for (const [name, p] of Object.entries(this.spec.params)) this.set(name, p.default);
    this.note("");
  }

  /** Copy buttons, the PNG download and current-state downloads need JavaScript: switch them on. */
  private enhanceCitePanels() {
    for (const button of this.querySelectorAll<HTMLButtonElement>(".cite-copy")) {
      button.hidden = false;
      button.addEventListener("click", async () => {
        const kind = button.dataset.copy;
        const text = button.parentElement?.querySelector(kind === "bibtex" ? ".cite-bibtex" : kind === "csl" ? ".cite-csl" : ".cite-text")?.textContent ?? "";
        try {
          await navigator.clipboard.writeText(text);
          button.textContent = "Copied";
        } catch {
          button.textContent = "Select and copy";
        }
        setTimeout(() => (button.textContent = "Copy"), 1500);
      });
    }
    for (const link of this.querySelectorAll<HTMLAnchorElement>("a.figure-download")) {
      link.hidden = false;
      link.addEventListener("click", (event) => {
        event.preventDefault();
        const figure = link.closest<HTMLElement>(".figure-cite")?.dataset.figure ?? "";
        this.load().then(
          (rt) => rt.download(this, figure, link.dataset.format ?? "svg").catch((error: Error) => this.note(`Download failed: ${error.message}`)),
          () => this.cannotLoad(),
        );
      });
    }
  }

  private writeUrl() {
    const query = writeUrlState(this.params, this.spec);
    history.replaceState(history.state, "", `${location.pathname}${query}${location.hash}`);
    this.load()
      .then((rt) => rt.cite(this, this.params))
      .catch(() => {});
    this.dispatchEvent(new CustomEvent("law-state", { bubbles: true, detail: { params: { ...this.params }, query } }));
  }

  private async flush() {
    this.scheduled = false;
    const changed = [...this.changed];
    this.changed.clear();
    let rt: Runtime;
    try {
      rt = await this.load();
    } catch {
      return this.cannotLoad();
    }
    try {
      rt.update(this, this.params, changed);
      this.shown = { ...this.params };
      this.fromLink = false;
      if (this.querySelector(".law-scope-status[data-failure]")) this.note("");
    } catch (error) {
      this.note(`Could not update: ${(error as Error).message}`);
    }
    this.clearPending(false);
  }

  /**
   * The model did not load (a redeploy removed this build's files, or the network is down):
   * put every control back to what the numbers and figures show, keep the URL on that state (or
   * on the link the page was opened with), and say why with a Reload button.
   */
  private async cannotLoad() {
    clearTimeout(this.urlTimer);
    this.changed.clear();
    this.clearPending(true);
    for (const [name, value] of Object.entries(this.shown)) {
      const spec = this.paramSpec(name);
      if (!spec || this.params[name] === value) continue;
      this.params[name] = value;
      for (const el of this.controls(name)) showParam(el, spec, value);
    }
    if (!this.fromLink) history.replaceState(history.state, "", `${location.pathname}${writeUrlState(this.shown, this.spec)}${location.hash}`);
    const kind = await diagnose();
    const status = this.querySelector(".law-scope-status");
    if (status) showFailure(status, kind, this.fromLink ? "The page still shows the default values, not the link's." : undefined);
    this.syncBar();
  }

  /** A link made with an older version: say so, and link to what changed since (built with DOM, not HTML). */
  private olderVersion(version: string) {
    const bar = this.querySelector<HTMLElement>(".law-scope-bar");
    if (!bar) return;
    const banner = document.createElement("p");
    banner.className = "law-version-banner";
    banner.append(`This link was made with version ${version}; you are reading ${this.spec.version}. `);
    // Numbers changed since: say so, and that the link still shows the values it was made with.
    const notes = migrationNotes(version, this.spec);
    if (notes.length) banner.append(`Its numbers have changed since, and this page shows them as they were when the link was made: ${notes.join(" ")} `);
    const link = document.createElement("a");
    link.href = `${new URL(this.spec.site).pathname}changelog/#since-${version.split("+")[0]}`;
    link.textContent = "What changed since";
    banner.append(link);
    bar.prepend(banner);
    this.syncBar();
    // Released versions stay readable at <base>v/<version>/ (scripts/build-archive.mjs, which lists
    // them in <base>versions.json): when this one is there, link to the same page and state in it.
    const semver = version.split("+")[0]!;
    if (!/^\d+\.\d+\.\d+$/.test(semver)) return;
    const base = new URL(this.spec.site).pathname;
    const archive = `${base}v/${semver}/`;
    fetch(`${base}versions.json`, { cache: "no-store" })
      .then((response) => (response.ok ? (response.json() as Promise<{ archived?: unknown }>) : undefined))
      .then((versions) => {
        if (!Array.isArray(versions?.archived) || !versions.archived.includes(semver)) return;
        const old = document.createElement("a");
        old.className = "law-version-archive";
        old.textContent = `Read it as it was in ${semver}`;
        const here = () => `${archive}${location.pathname.startsWith(base) ? location.pathname.slice(base.length) : ""}${location.search}${location.hash}`;
        old.href = here();
        // The reader may have changed the state since: follow the URL as it is now.
        old.addEventListener("click", () => (old.href = here()));
        banner.append(" · ", old);
      })
      .catch(() => {});
  }

  /** A short plain-text status shown in the scope bar (never HTML). */
  note(text: string) {
    const bar = this.querySelector<HTMLElement>(".law-scope-bar");
    const status = this.querySelector<HTMLElement>(".law-scope-status");
    if (!bar || !status) return;
    status.textContent = text;
    delete (status as HTMLElement).dataset.failure;
    this.syncBar();
  }

  /** The bar shows while the state differs from the defaults or there is something to say. */
  private syncBar() {
    this.bar ??= this.querySelector<HTMLElement>(".law-scope-bar");
    const bar = this.bar;
    if (!bar) return;
    const quiet = this.isDefault() && !this.querySelector(".law-scope-status")?.textContent && !bar.querySelector(".law-version-banner");
    // Called on every change: touch the DOM only when the bar appears or goes.
    if (bar.hidden !== quiet) bar.hidden = quiet;
  }
  private bar?: HTMLElement | null;
}

/** Show a value in a <law-param> (upgraded or not); leaves an open text box alone. */
function showParam(el: HTMLElement, spec: ParamSpec, value: number) {
  const text = formatParam(spec, value);
  if (!el.querySelector("input") && el.textContent !== text) el.textContent = text;
  el.setAttribute("aria-valuenow", ariaNumber(value));
  el.setAttribute("aria-valuetext", paramValueText(spec, value));
}

export class LawParam extends HTMLElement {
  private drag?: { x: number; fraction: number; moved: boolean; id: number } | undefined;
  private input?: HTMLInputElement | undefined;

  get scope(): LawScope | null {
    this.scopeEl ??= this.closest("law-scope") as LawScope | null;
    return this.scopeEl;
  }
  private scopeEl?: LawScope | null;
  get spec(): ParamSpec | undefined {
    return this.scope?.paramSpec(this.getAttribute("name") ?? "");
  }
  get value(): number {
    return this.scope?.params[this.getAttribute("name") ?? ""] ?? Number.NaN;
  }

  connectedCallback() {
    this.dataset.ready = "";
    this.addEventListener("keydown", this.onKey);
    this.addEventListener("pointerdown", this.onDown);
    this.addEventListener("focus", () => void this.scope?.load().catch(() => {}), { once: true });
  }

  private commit(value: number) {
    const spec = this.spec;
    const name = this.getAttribute("name");
    if (!spec || !name) return;
    this.error("");
    this.scope?.set(name, value);
  }

  private onKey = (event: KeyboardEvent) => {
    if (this.input) return;
    const spec = this.spec;
    if (!spec) return;
    const v = this.value;
    let next: number | undefined;
    switch (event.key) {
      case "ArrowRight":
      case "ArrowUp":
        next = stepParam(spec, v, 1);
        break;
      case "ArrowLeft":
      case "ArrowDown":
        next = stepParam(spec, v, -1);
        break;
      case "PageUp":
        next = stepParam(spec, v, 1, true);
        break;
      case "PageDown":
        next = stepParam(spec, v, -1, true);
        break;
      case "Home":
        next = spec.min;
        break;
      case "End":
        next = spec.max;
        break;
      case "Enter":
      case " ":
        event.preventDefault();
        this.edit();
        return;
      default:
        return;
    }
    event.preventDefault();
    this.commit(next);
  };

  private onDown = (event: PointerEvent) => {
    if (this.input || event.button !== 0) return;
    const spec = this.spec;
    if (!spec) return;
    void this.scope?.load().catch(() => {});
    this.drag = { x: event.clientX, fraction: paramFraction(spec, this.value), moved: false, id: event.pointerId };
    this.addEventListener("pointermove", this.onMove);
    this.addEventListener("pointerup", this.onUp);
    this.addEventListener("pointercancel", this.onCancel);
    this.setPointerCapture(event.pointerId);
  };

  private onMove = (event: PointerEvent) => {
    const spec = this.spec;
    if (!this.drag || !spec) return;
    const dx = event.clientX - this.drag.x;
    if (!this.drag.moved && Math.abs(dx) < 4) return;
    this.drag.moved = true;
    this.dataset.dragging = "";
    // 240 px of horizontal travel spans the whole range (log-aware through the fraction).
    this.commit(paramFromFraction(spec, this.drag.fraction + dx / 240));
  };

  private onUp = () => {
    const moved = this.drag?.moved;
    this.end();
    if (!moved) this.edit();
  };

  private onCancel = () => this.end();

  private end() {
    if (this.drag && this.hasPointerCapture(this.drag.id)) this.releasePointerCapture(this.drag.id);
    this.drag = undefined;
    delete this.dataset.dragging;
    this.removeEventListener("pointermove", this.onMove);
    this.removeEventListener("pointerup", this.onUp);
    this.removeEventListener("pointercancel", this.onCancel);
  }

  /** Swap the number for a text box; Enter commits, Escape cancels, a bad value keeps the last good one. */
  edit() {
    const spec = this.spec;
    if (!spec || this.input) return;
    const input = document.createElement("input");
    input.type = "text";
    input.inputMode = "decimal";
    input.className = "law-param-input";
    input.value = formatParam(spec, this.value);
    input.size = Math.max(4, input.value.length + 1);
    input.setAttribute("aria-label", `${spec.label}${spec.unit ? ` (${spec.unit})` : ""}: type a value like 7e10, 70B or 1.4T`);
    this.input = input;
    this.textContent = "";
    this.append(input);
    input.focus();
    input.select();
    const finish = (accept: boolean) => {
      if (this.input !== input) return;
      const text = input.value;
      this.input = undefined;
      input.remove();
      this.textContent = formatParam(spec, this.value);
      if (!accept) return this.focus();
      const value = parseNumber(text);
      if (!Number.isFinite(value)) this.error(`“${text.slice(0, 24)}” is not a number; try 7e10, 70B or 1.4T.`);
      else if (value < spec.min || value > spec.max)
        this.error(`${spec.label} must be between ${formatNumber(spec.min, spec.format)} and ${formatNumber(spec.max, spec.format)}.`);
      else this.commit(value);
      this.focus();
    };
    input.addEventListener("keydown", (e) => {
      e.stopPropagation();
      if (e.key === "Enter") finish(true);
      else if (e.key === "Escape") finish(false);
    });
    input.addEventListener("blur", () => finish(true));
  }

  /** Show (or clear) a message beside the control. */
  error(text: string) {
    let box = this.nextElementSibling as HTMLElement | null;
    if (!box?.classList.contains("law-param-error")) {
      if (!text) return;
      box = document.createElement("span");
      box.className = "law-param-error";
      box.setAttribute("role", "alert");
      this.after(box);
    }
    box.textContent = text;
    if (!text) box.remove();
  }
}

if (!customElements.get("law-scope")) customElements.define("law-scope", LawScope);
if (!customElements.get("law-param")) customElements.define("law-param", LawParam);
