// What the bench's scripts start from: a built site served as a static host serves it
// (scripts/serve.mjs), the system Chromium, and a page whose CPU runs `rate` times slower.
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, findChromium } from "../test/setup/browser.ts";
import { serveDir } from "../test/setup/server.ts";

/** Serve `dist`, start Chromium; `open()` gives a fresh 1280 × 900 page at the given CPU throttling. */
export async function throttledBrowser(dist) {
  const { origin, close } = await serveDir(dist);
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  return {
    origin,
    browser,
    async open(rate) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: Number(rate) });
      return { context, page, cdp };
    },
    async close() {
      await browser.close();
      await close();
    },
  };
}
