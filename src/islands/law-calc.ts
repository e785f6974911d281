// <law-calc>: a calculator on the laws reference. The server renders a <form> with the law's
// inputs and its worked example in <output>; on the first input this element loads the law
// module (dynamic import: nothing loads before interaction) and recomputes with the same
// function a reader would import. A bad input shows the law's own message; nothing throws
// into the page and nothing is inserted as HTML.
import { formatNumber, parseNumber, type FormatSpec } from "../lib/format.ts";
import { diagnose, showFailure } from "./load-failure.ts";

interface CalcSpec {
  name: string;
  call: "object" | "positional" | "preset";
  args: string[];
  outputs: { key: string | null; format: FormatSpec }[];
}

type LawModule = Record<string, unknown>;
let lawModule: Promise<LawModule> | undefined;
// A failed load is forgotten, so the next input tries again.
const loadLaws = () =>
  (lawModule ??= (import("../laws/index.ts") as Promise<LawModule>).catch((error: unknown) => {
    lawModule = undefined;
    throw error;
  }));

class LawCalc extends HTMLElement {
  private spec?: CalcSpec;

  connectedCallback() {
    const form = this.querySelector("form");
    const script = this.querySelector("script.law-calc-spec");
    if (!form || !script) return;
    try {
      this.spec = JSON.parse(script.textContent ?? "") as CalcSpec;
    } catch {
      return;
    }
    this.dataset.ready = "";
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      void this.compute(form);
    });
    form.addEventListener("input", () => void this.compute(form));
    form.addEventListener("change", () => void this.compute(form));
  }

  private async compute(form: HTMLFormElement) {
    const spec = this.spec!;
    const status = this.querySelector<HTMLElement>(".law-calc-status");
    const outputs = [...this.querySelectorAll<HTMLOutputElement>("output[data-output]")];
    const show = (message: string) => {
      if (status) {
        status.textContent = message;
        delete status.dataset.failure;
      }
      this.toggleAttribute("data-error", message !== "");
    };
    const data = new FormData(form);
    const args: Record<string, number> = {};
    for (const name of spec.args) {
      const raw = String(data.get(name) ?? "").trim();
      if (raw === "") continue; // optional argument left empty: the law's default applies
      const value = parseNumber(raw);
      if (Number.isNaN(value)) return show(`${name}: "${raw.slice(0, 40)}" is not a number (try 70B, 1.4T, 5.76e23)`);
      args[name] = value;
    }
    let laws: LawModule;
    try {
      laws = await loadLaws();
    } catch {
      if (status) showFailure(status, await diagnose(), "The results shown are the worked example's or the last computed.");
      this.setAttribute("data-error", "");
      return;
    }
    try {
      const fn = laws[spec.name] as (...a: unknown[]) => unknown;
      const presetName = data.get("preset");
      const preset = typeof presetName === "string" && presetName ? laws[presetName] : undefined;
      let result: unknown;
      if (spec.call === "positional") result = fn(args[spec.args[0]!]);
      else if (spec.call === "preset") result = preset === undefined ? fn() : fn(preset);
      else result = preset === undefined ? fn(args) : fn(args, preset);
      spec.outputs.forEach((o, i) => {
        const v = o.key ? (result as Record<string, number>)[o.key] : (result as number);
        if (outputs[i]) outputs[i]!.textContent = formatNumber(v as number, o.format);
      });
      this.querySelector(".law-calc-note")?.setAttribute("hidden", "");
      show("");
    } catch (error) {
      show(error instanceof Error ? error.message : String(error));
    }
  }
}

if (!customElements.get("law-calc")) customElements.define("law-calc", LawCalc);
