/**
 * Browser tests: playwright-core driving the system Chromium against the served build.
 * With no Chromium: fail under CI=true, else print one loud line and skip (the only skip allowed).
 */
import { mkdirSync } from "node:fs";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, inject } from "vitest";
import { CHROMIUM_ARGS, NO_BROWSER_MESSAGE, drawEveryBlock, findChromium } from "../setup/browser.ts";

const executablePath = findChromium();
if (!executablePath) {
  if (process.env.CI === "true") throw new Error(`CI=true but no Chromium was found. ${NO_BROWSER_MESSAGE}`);
  console.warn(NO_BROWSER_MESSAGE);
}

/** describe() that runs only when a browser exists (skipping loudly otherwise, never in CI). */
export const describeBrowser = executablePath ? describe : describe.skip;

export interface Session {
  browser: Browser;
  origin: string;
  /** Opens a page, collecting console errors and page errors into `errors`. */
  open(
    path: string,
    options?: {
      width?: number;
      height?: number;
      colorScheme?: "light" | "dark";
      javaScript?: boolean;
      dpr?: number;
      /** A phone: mobile viewport rules and touch (Lighthouse's mobile run is 412 × 823 at 1.75). */
      mobile?: boolean;
      /** Runs before the page is opened: routes that hold or fail requests. */
      beforeOpen?: (context: BrowserContext) => Promise<void>;
    },
  ): Promise<{ page: Page; errors: string[]; context: BrowserContext }>;
  screenshot(page: Page, name: string): Promise<string>;
}

export function useBrowser(): Session {
  const session = {} as Session;
  beforeAll(async () => {
    session.browser = await chromium.launch({ executablePath: executablePath!, args: CHROMIUM_ARGS });
    session.origin = inject("origin");
    session.open = async (path, options = {}) => {
      const context = await session.browser.newContext({
        viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
        colorScheme: options.colorScheme ?? "light",
        javaScriptEnabled: options.javaScript ?? true,
        deviceScaleFactor: options.dpr ?? 1,
        isMobile: options.mobile ?? false,
        hasTouch: options.mobile ?? false,
      });
      await options.beforeOpen?.(context);
      const page = await context.newPage();
      const errors: string[] = [];
      page.on("console", (msg) => {
        if (msg.type() === "error" || msg.type() === "warning") errors.push(`${msg.type()}: ${msg.text()}`);
      });
      page.on("pageerror", (err) => errors.push(`pageerror: ${err.message}`));
      page.on("dialog", (dialog) => {
        errors.push(`dialog: ${dialog.message()}`);
        void dialog.dismiss();
      });
      await page.goto(new URL(path, session.origin).href, { waitUntil: "load" });
      return { page, errors, context };
    };
    session.screenshot = async (page, name) => {
      mkdirSync("test/screenshots", { recursive: true });
      const file = `test/screenshots/${name}.png`;
      await drawEveryBlock(page);
      await page.screenshot({ path: file, fullPage: true });
      return file;
    };
  });
  afterAll(async () => {
    await session.browser?.close();
  });
  return session;
}
