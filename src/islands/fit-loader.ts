/**
 * <law-fit>: the eager part of /fit/, kept tiny (the page's JavaScript budget is 15 KB gzip before
 * interaction). It loads the page's code (./fit-page.ts: parsing, the worker, figures) when the
 * reader starts to use the form, when a permalink carries data, or when the browser is idle.
 */
import { whenIdle } from "./idle.ts";

class LawFit extends HTMLElement {
  private loading: Promise<void> | undefined;

  connectedCallback() {
    const load = () =>
      (this.loading ??= import("./fit-page.ts")
        .then((m) => m.enhance(this))
        .catch((error: Error) => {
          const status = this.querySelector(".fit-run-status");
          if (status) status.textContent = `The fit could not start: ${error.message}`;
        }));
    for (const type of ["focusin", "pointerdown", "dragenter"]) this.addEventListener(type, () => void load(), { once: true });
    if (location.hash.startsWith("#fit=")) void load();
    else void whenIdle(2000, 500).then(load);
  }
}

if (!customElements.get("law-fit")) customElements.define("law-fit", LawFit);
