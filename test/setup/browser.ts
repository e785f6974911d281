/**
 * Finds a system Chromium for the browser tests: CHROME_PATH, then chromium, chromium-browser,
 * google-chrome on PATH. Without one: fails under CI=true, otherwise prints one loud line and
 * the browser tests skip. Never downloads a browser.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

export function findChromium(): string | undefined {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  for (const name of ["chromium", "chromium-browser", "google-chrome"]) {
    try {
      const path = execFileSync("which", [name], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
      if (path) return path;
    } catch {
      // not on PATH
    }
  }
  return undefined;
}

export const NO_BROWSER_MESSAGE = "!!! BROWSER TESTS SKIPPED: no Chromium found. Install one (Debian: `apt-get install -y chromium`) or set CHROME_PATH. !!!";

/** Flags for headless Chromium on a closed network, as root, with a fresh profile. */
export const CHROMIUM_ARGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
  "--font-render-hinting=none",
];

/**
 * Draw every block an essay leaves undrawn until it is near the viewport (`content-visibility:
 * auto`, issue 16), so a full-page screenshot shows the whole page rather than blank places.
 * Inline styles, which the pages' Content Security Policy allows (an added <style> it blocks).
 */
export async function drawEveryBlock(page: { evaluate(fn: () => void): Promise<unknown> }): Promise<void> {
  await page.evaluate(() => {
    for (const el of document.querySelectorAll<HTMLElement>("body *"))
      if (getComputedStyle(el).contentVisibility === "auto") el.style.contentVisibility = "visible";
  });
}
