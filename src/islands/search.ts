/**
 * <law-search>: Pagefind search over the built site, loaded on first use (the index and its
 * WebAssembly stay off pages that don't search). Results are built with DOM calls: the excerpt's
 * <mark> highlights become elements, everything else text. Keyboard: type, Enter, Tab through results.
 */
import { diagnose, showFailure } from "./load-failure.ts";

interface PagefindResult {
  url: string;
  excerpt: string;
  meta: { title?: string };
}
interface Pagefind {
  init(): Promise<void>;
  search(query: string): Promise<{ results: { data(): Promise<PagefindResult> }[] }>;
}

/** Excerpt HTML from Pagefind → nodes, keeping only <mark> (no other markup is trusted). */
function excerptNodes(html: string): Node[] {
  const nodes: Node[] = [];
  const parts = html.split(/(<mark>|<\/mark>)/);
  let marking = false;
  for (const part of parts) {
    if (part === "<mark>") marking = true;
    else if (part === "</mark>") marking = false;
    else if (part) {
      const text = part
        .replace(/<[^>]*>/g, "")
        .replace(/&amp;/g, "&")
        .replace(/&lt;/g, "<")
        .replace(/&gt;/g, ">")
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'");
      if (marking) {
        const mark = document.createElement("mark");
        mark.textContent = text;
        nodes.push(mark);
      } else nodes.push(document.createTextNode(text));
    }
  }
  return nodes;
}

class LawSearch extends HTMLElement {
  private pagefind?: Promise<Pagefind> | undefined;
  private timer = 0;
  private latest = 0;

  connectedCallback() {
    const input = this.querySelector<HTMLInputElement>("input[name=q]");
    const form = this.querySelector("form");
    if (!input || !form) return;
    input.addEventListener("focus", () => void this.load().catch(() => {}), { once: true });
    input.addEventListener("input", () => {
      clearTimeout(this.timer);
      this.timer = window.setTimeout(() => void this.run(input.value), 150);
    });
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      void this.run(input.value);
    });
    const q = new URLSearchParams(location.search).get("q");
    if (q) {
      input.value = q.slice(0, 200);
      void this.run(input.value);
    }
  }

  private load(): Promise<Pagefind> {
    const url = this.dataset.bundle ?? "/pagefind/pagefind.js";
    this.pagefind ??= import(/* @vite-ignore */ url).then(
      async (m: Pagefind) => {
        await m.init();
        return m;
      },
      (error: unknown) => {
        // Forgotten, so the next search tries again; marked, so run() can say why.
        this.pagefind = undefined;
        throw Object.assign(new Error(String(error)), { loadFailed: true });
      },
    );
    return this.pagefind;
  }

  private status(text: string) {
    const el = this.querySelector<HTMLElement>(".search-status");
    if (!el) return;
    el.textContent = text;
    delete el.dataset.failure;
  }

  private async run(query: string) {
    const id = ++this.latest;
    const list = this.querySelector(".search-results");
    if (!list) return;
    const q = query.trim();
    history.replaceState(history.state, "", q ? `?q=${encodeURIComponent(q)}` : location.pathname);
    if (!q) {
      list.replaceChildren();
      this.status("");
      return;
    }
    try {
      const pagefind = await this.load();
      const { results } = await pagefind.search(q);
      const data = await Promise.all(results.slice(0, 20).map((r) => r.data()));
      if (id !== this.latest) return;
      list.replaceChildren(
        ...data.map((r) => {
          const li = document.createElement("li");
          const a = document.createElement("a");
          a.href = r.url;
          a.textContent = r.meta.title ?? r.url;
          const p = document.createElement("p");
          p.append(...excerptNodes(r.excerpt));
          li.append(a, p);
          return li;
        }),
      );
      this.status(`${results.length} result${results.length === 1 ? "" : "s"} for “${q.slice(0, 60)}”${results.length > 20 ? " (first 20 shown)" : ""}.`);
    } catch (error) {
      const el = this.querySelector(".search-status");
      if ((error as { loadFailed?: boolean }).loadFailed && el) showFailure(el, await diagnose(), "");
      else this.status(`Search is unavailable (${(error as Error).message}).`);
    }
  }
}

if (!customElements.get("law-search")) customElements.define("law-search", LawSearch);
