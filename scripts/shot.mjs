// Screenshots of built pages for looking at what we built:
//   node --experimental-strip-types scripts/shot.mjs <dist> "<path>,<width>,<light|dark>,<name>[,<css selector>[,<param>:<key>*<n>]]" …
// The last field presses keys on a control first (e.g. "modelScale:ArrowRight*5"), to see a figure after a change.
import { chromium } from "playwright-core";
import { drawEveryBlock } from "../test/setup/browser.ts";
import { serveDir } from "../test/setup/server.ts";
const [, , dir, ...paths] = process.argv;
const { origin, close } = await serveDir(dir);
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
});
for (const spec of paths) {
  const [path, width = "1280", scheme = "light", name = path.replace(/\W+/g, "_"), selector, press] = spec.split(",");
  const ctx = await browser.newContext({ viewport: { width: Number(width), height: 900 }, colorScheme: scheme });
  const page = await ctx.newPage();
  const errors = [];
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(origin + path, { waitUntil: "networkidle" });
  await page.waitForTimeout(300);
  if (press) {
    const [, param, key, times = "1"] = /^([\w-]+):(\w+)(?:\*(\d+))?$/.exec(press) ?? [];
    if (!param) throw new Error(`bad key spec "${press}": use <param>:<key>*<n>`);
    const control = page.locator(`law-param[name="${param}"]`).first();
    await control.focus();
    for (let i = 0; i < Number(times); i++) await control.press(key);
    // The description is announced (and written) 400 ms after the last change.
    await page.waitForTimeout(600);
  }
  const file = `/tmp/shots/${name}-${width}-${scheme}.png`;
  if (selector === "viewport") await page.screenshot({ path: file });
  else if (selector) await page.locator(selector).first().screenshot({ path: file });
  else {
    await drawEveryBlock(page);
    await page.screenshot({ path: file, fullPage: true });
  }
  console.log(file, errors.length ? `ERRORS: ${errors.join(" | ")}` : "");
  await ctx.close();
}
await browser.close();
await close();
