/**
 * <law-transfer-fit>: turns the server-rendered worked example into an editable table and refits
 * Hernandez et al.'s transfer law on every edit. Never throws into the page: a bad cell is
 * marked with a message beside it and the last good fit stays. Text only (textContent, input
 * values), never innerHTML. No Plot, no model: only the small fit helper.
 */
import { parseNumber } from "../lib/format.ts";
import { diagnose, showFailure } from "./load-failure.ts";
import type { TransferColumn, TransferFitText, TransferRowText } from "../models/transfer-fit.ts";

// The fit (and the law module under it) loads on first use, keeping it out of the page's eager JS.
type FitModule = typeof import("../models/transfer-fit.ts");
let fitModule: Promise<FitModule> | undefined;
// A failed load is forgotten, so the next edit tries again.
const loadFit = () =>
  (fitModule ??= import("../models/transfer-fit.ts").catch((error: unknown) => {
    fitModule = undefined;
    throw error;
  }));

const FIELDS = ["nonEmbeddingParams", "fineTuneData", "third"] as const;
const FIELD_LABEL: Record<(typeof FIELDS)[number], string> = { nonEmbeddingParams: "model size", fineTuneData: "fine-tuning data", third: "effective data" };
const MAX_ROWS = 60;
// Styles go through the CSSOM (allowed by the site's CSP), not <style> elements.
const CELL = "padding:0.3rem 0.5rem;border-bottom:1px solid var(--rule);text-align:right;vertical-align:top";
const INPUT =
  "width:100%;min-width:5.5rem;box-sizing:border-box;font:inherit;text-align:right;padding:0.15rem 0.3rem;border:1px solid var(--rule);border-radius:3px;background:var(--bg);color:var(--fg)";
const BUTTON = "font:inherit;padding:0.15rem 0.6rem;border:1px solid var(--rule);border-radius:4px;background:var(--bg);color:var(--fg);cursor:pointer";

class LawTransferFit extends HTMLElement {
  private frame = 0;
  private body?: HTMLTableSectionElement;

  connectedCallback() {
    this.addEventListener("focusin", () => void loadFit().catch(() => {}), { once: true });
    try {
      this.upgrade();
    } catch (error) {
      this.status(`The editor could not start (${(error as Error).message}); the worked example above stays.`);
    }
  }

  private upgrade() {
    const body = this.querySelector<HTMLTableSectionElement>(".tf-table tbody");
    if (!body || this.dataset.ready !== undefined) return;
    this.body = body;
    this.dataset.ready = "";
    // Header cell for the row tools.
    const headRow = this.querySelector(".tf-table thead tr");
    if (headRow) {
      const th = document.createElement("th");
      th.scope = "col";
      const label = document.createElement("span");
      label.className = "visually-hidden";
      label.textContent = "Row tools";
      th.append(label);
      headRow.append(th);
    }
    for (const tr of body.querySelectorAll("tr")) {
      const values = FIELDS.map((f) => tr.querySelector(`[data-field="${f}"]`)?.textContent?.trim() ?? "");
      tr.replaceWith(this.makeRow(values));
    }
    const add = document.createElement("button");
    add.type = "button";
    add.textContent = "Add a row";
    add.className = "tf-add";
    add.style.cssText = `${BUTTON};margin-top:0.5rem`;
    add.addEventListener("click", () => {
      if (body.rows.length >= MAX_ROWS) return this.status(`At most ${MAX_ROWS} rows.`);
      const row = this.makeRow(["", "", ""]);
      body.append(row);
      row.querySelector("input")?.focus();
      this.renumber();
    });
    this.querySelector(".table-scroll")?.after(add);
    this.querySelector<HTMLElement>(".tf-controls")?.removeAttribute("hidden");
    this.addEventListener("input", () => this.schedule());
    this.addEventListener("change", () => this.schedule());
    this.renumber();
    this.schedule();
  }

  private makeRow(values: string[]): HTMLTableRowElement {
    const tr = document.createElement("tr");
    FIELDS.forEach((field, i) => {
      const td = document.createElement("td");
      td.className = "num";
      td.style.cssText = CELL;
      const input = document.createElement("input");
      input.className = "tf-input";
      input.style.cssText = INPUT;
      input.type = "text";
      input.inputMode = "decimal";
      input.autocomplete = "off";
      input.spellcheck = false;
      input.dataset.field = field;
      input.value = values[i] ?? "";
      td.append(input);
      tr.append(td);
    });
    const tools = document.createElement("td");
    tools.style.cssText = CELL;
    const remove = document.createElement("button");
    remove.type = "button";
    remove.textContent = "Remove";
    remove.style.cssText = BUTTON;
    remove.addEventListener("click", () => {
      tr.remove();
      this.renumber();
      this.schedule();
    });
    const message = document.createElement("span");
    message.className = "tf-row-message";
    message.style.cssText = "display:block;color:var(--danger);font-size:0.8rem;text-align:left";
    message.setAttribute("aria-live", "polite");
    tools.append(remove, message);
    tr.append(tools);
    return tr;
  }

  /** Accessible names carry the row number, so they are refreshed when rows come and go. */
  private renumber() {
    [...(this.body?.rows ?? [])].forEach((tr, i) => {
      for (const input of tr.querySelectorAll<HTMLInputElement>("input.tf-input")) {
        const field = input.dataset.field as (typeof FIELDS)[number];
        input.setAttribute("aria-label", `Row ${i + 1}, ${field === "third" && this.column() === "fromScratch" ? "from-scratch data" : FIELD_LABEL[field]}`);
      }
      tr.querySelector("button")?.setAttribute("aria-label", `Remove row ${i + 1}`);
    });
  }

  private column(): TransferColumn {
    return this.querySelector<HTMLSelectElement>("select[name=column]")?.value === "fromScratch" ? "fromScratch" : "transferred";
  }

  private schedule() {
    if (!this.frame)
      this.frame = requestAnimationFrame(() => {
        this.frame = 0;
        loadFit().then(
          (fit) => {
            try {
              this.refit(fit);
            } catch (error) {
              this.status(`Could not refit (${(error as Error).message}); showing the last good fit.`);
            }
          },
          async () => {
            const el = this.querySelector(".tf-status");
            if (el) showFailure(el, await diagnose(), "The last good fit stays.");
          },
        );
      });
  }

  private refit({ describeTransferFit, parseRows }: FitModule) {
    const column = this.column();
    const head = this.querySelector(".tf-third-head");
    if (head?.firstChild) head.firstChild.textContent = column === "transferred" ? "Effective data D_T" : "From-scratch data D_E";
    this.renumber();
    const trs = [...(this.body?.rows ?? [])];
    const rows: TransferRowText[] = trs.map((tr) => {
      const get = (f: string) => tr.querySelector<HTMLInputElement>(`input[data-field="${f}"]`)?.value ?? "";
      return { nonEmbeddingParams: get("nonEmbeddingParams"), fineTuneData: get("fineTuneData"), third: get("third") };
    });
    const { points, problems } = parseRows(rows, column);
    trs.forEach((tr, i) => {
      const problem = problems.find((p) => p.row === i);
      const message = tr.querySelector(".tf-row-message");
      if (message) message.textContent = problem ? problem.message : "";
      for (const input of tr.querySelectorAll<HTMLInputElement>("input.tf-input")) {
        const v = parseNumber(input.value);
        const unreadable = !(v > 0 && Number.isFinite(v));
        const tooSmall = input.dataset.field === "third" && /exceed/.test(problem?.message ?? "");
        const invalid = !!problem && (unreadable || tooSmall);
        input.setAttribute("aria-invalid", String(invalid));
        input.style.borderColor = invalid ? "var(--danger)" : "var(--rule)";
        input.style.outline = invalid ? "1px solid var(--danger)" : "";
      }
    });
    const fixBeta = this.querySelector<HTMLInputElement>("input[name=fixBeta]")?.checked;
    const paperBeta = Number(this.dataset.paperBeta);
    const result = describeTransferFit(points, fixBeta && Number.isFinite(paperBeta) ? paperBeta : undefined);
    if (!result.ok) {
      this.status(`${result.message} Showing the last good fit.`);
      return;
    }
    this.show(result.text);
    this.status(
      problems.length
        ? `Fitted ${points.length} rows; ${problems.length} row${problems.length > 1 ? "s were" : " was"} skipped (see the message beside ${problems.length > 1 ? "them" : "it"}).`
        : "",
    );
  }

  private show(text: TransferFitText) {
    for (const [key, value] of Object.entries(text)) {
      const cell = this.querySelector(`[data-out="${key}"]`);
      if (cell && cell.textContent !== value) cell.textContent = value;
    }
  }

  private status(text: string) {
    const el = this.querySelector<HTMLElement>(".tf-status");
    if (!el) return;
    el.textContent = text;
    delete el.dataset.failure;
  }
}

if (!customElements.get("law-transfer-fit")) customElements.define("law-transfer-fit", LawTransferFit);
