// <theme-toggle>: flips light/dark, persists the choice, and follows the OS until the reader
// chooses. The inline head script applies a stored choice before first paint.
const root = document.documentElement;
const media = matchMedia("(prefers-color-scheme: dark)");

function current(): "light" | "dark" {
  const t = root.dataset.theme;
  if (t === "light" || t === "dark") return t;
  return media.matches ? "dark" : "light";
}

class ThemeToggle extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector("button");
    if (!button) return;
    const sync = () => button.setAttribute("aria-pressed", String(current() === "dark"));
    button.hidden = false;
    sync();
    button.addEventListener("click", () => {
      const next = current() === "dark" ? "light" : "dark";
      root.dataset.theme = next;
      try {
        localStorage.setItem("theme", next);
      } catch {
        // Private mode: the choice lasts for this page only.
      }
      sync();
      window.dispatchEvent(new CustomEvent("themechange", { detail: next }));
    });
    media.addEventListener("change", sync);
  }
}

if (!customElements.get("theme-toggle")) customElements.define("theme-toggle", ThemeToggle);
