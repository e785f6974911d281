/**
 * Printing an essay (Chromium's print-to-PDF, text read back with poppler's pdftotext): the
 * paper shows the state in the URL, every figure drawn in that state with its permalink and
 * citation under it on the same page, no controls, and a light page in a dark theme. On a phone
 * the paper still gets the wide figure, drawn in the current state.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, expect, it, onTestFailed } from "vitest";
import { describeBrowser, useBrowser } from "./harness.ts";

const work = mkdtempSync(join(tmpdir(), "slc-print-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function hasPoppler(): boolean {
  try {
    execFileSync("pdftotext", ["-v"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}
if (!hasPoppler()) throw new Error("pdftotext not found: install poppler-utils (Debian: apt-get install -y poppler-utils; .ci/run does)");

/** Print to PDF (A4, backgrounds on, as a reader's "Save as PDF" with background graphics) and return each page's text. */
async function printPages(page: Page, name: string): Promise<{ pages: string[]; file: string }> {
  const file = join(work, `${name}.pdf`);
  writeFileSync(file, await page.pdf({ format: "A4", printBackground: true }));
  const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
  // pdftotext ends each page with a form feed.
  return { pages: text.split("\f").filter((p) => p.trim()), file };
}

/** The mean brightness (0–255) of a PDF page rendered by pdftoppm at 20 dpi (binary PPM). */
function pageBrightness(file: string, pageNumber: number): number {
  const ppm = execFileSync("pdftoppm", ["-r", "20", "-f", String(pageNumber), "-l", String(pageNumber), file]);
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 40).toString("latin1"))!;
  const pixels = ppm.subarray(header[0].length);
  let sum = 0;
  for (const byte of pixels) sum += byte;
  return sum / pixels.length;
}

const squash = (text: string) => text.replace(/\s+/g, "");

describeBrowser("print an essay to PDF in Chromium", () => {
  const s = useBrowser();
  const path = "/essays/transfer/?modelScale=30";

  async function openInState(options: { width?: number; height?: number; colorScheme?: "light" | "dark" } = {}) {
    const opened = await s.open(path, options);
    await opened.page.waitForSelector("law-param[data-ready]");
    // The URL state is applied and the cite panels follow it.
    await opened.page.waitForFunction(() => [...document.querySelectorAll(".cite-url")].some((a) => a.getAttribute("href")!.includes("modelScale=30")));
    return opened;
  }

  it("prints the URL's state, each figure whole with its permalink and citation, and no controls", async () => {
    const { page, errors, context } = await openInState();
    onTestFailed(async () => void (await s.screenshot(page, "fail-print")));
    const figures = await page.$$eval("figure.law-figure", (els) =>
      els.map((el) => ({
        name: el.getAttribute("data-figure")!,
        number: el.getAttribute("data-number")!,
        yLabel: el.querySelector('.figure-plot-wide svg [aria-label="y-axis label"]')?.textContent?.trim() ?? "",
      })),
    );
    expect(figures.length).toBe(4);
    const { pages, file } = await printPages(page, "transfer");
    const all = pages.join("\n");

    // The non-default value in the prose, the values computed from it, and a permalink with it.
    expect(squash(all)).toContain("amodel30×largerisworth1310×morefine-tuningdata");
    expect(squash(all)).toMatch(/Permalinktothisstate:https?:\/\/[^/]+\/figures\/transfer\/data-factor\/\?modelScale=30&v=/);
    expect(squash(all)).toMatch(/Citeas:.*Howmuchdataalargermodelisworth\..*modelscale=30×largermodel/);
    // Figures below the fold were stale on screen; on paper they are drawn in this state:
    // figure 1 shows the 30× larger model (1.2B parameters), not the default 10× (400M).
    expect(all).toMatch(/1\.2B params/);
    expect(all).not.toMatch(/400M params/);

    // Each figure sits whole on one page: its axis label, caption, permalink and citation together.
    for (const figure of figures) {
      const on = pages.filter((p) => p.includes(`Figure ${figure.number}.`));
      expect(on.length, `Figure ${figure.number} caption`).toBe(1);
      const page = on[0]!;
      expect(figure.yLabel).not.toBe("");
      expect(page, `figure ${figure.name}'s axis label on its caption's page`).toContain(figure.yLabel);
      expect(squash(page), `figure ${figure.name}'s permalink on its page`).toContain(`/figures/transfer/${figure.name}/?`);
      expect(squash(page)).toContain("Citeas:");
    }

    // No controls and no panel chrome on paper.
    for (const control of ["Reset parameters", "Cite and download", "Data table (", "Figure page", "BibTeX", "CSL-JSON", "Download this figure", "Copy"]) {
      expect(all, control).not.toContain(control);
    }
    // After printing the cite panels are closed again, as the reader left them.
    expect(await page.$$eval("details.figure-cite[open]", (els) => els.length)).toBe(0);
    // Four figures, each whole on a page, and about 2,300 words: 12 pages; more would mean wasted breaks.
    expect(pages.length).toBeLessThan(13);
    expect(pageBrightness(file, 1)).toBeGreaterThan(230);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("prints on a light page from the dark theme", async () => {
    const { page, errors, context } = await openInState({ colorScheme: "dark" });
    const { pages, file } = await printPages(page, "transfer-dark");
    for (let i = 1; i <= pages.length; i++) expect(pageBrightness(file, i), `page ${i}`).toBeGreaterThan(225);
    // The figures print in the light palette too (the dark one draws light text for a dark page).
    await page.emulateMedia({ media: "print" });
    const colours = await page.evaluate(() => {
      const svg = document.querySelector(".figure-plot-wide svg")!;
      const line = document.querySelector('.figure-plot-wide svg [stroke^="var(--series-1"]') ?? svg;
      return {
        text: getComputedStyle(svg).color,
        series: getComputedStyle(line).getPropertyValue("--series-1").trim(),
        page: getComputedStyle(document.body).backgroundColor,
      };
    });
    expect(colours).toEqual({ text: "rgb(29, 28, 26)", series: "#0b5fa5", page: "rgb(255, 255, 255)" });
    expect(errors).toEqual([]);
    await context.close();
  });

  it("prints the wide figure, drawn in the current state, from a phone", async () => {
    const { page, errors, context } = await openInState({ width: 390, height: 800 });
    // On screen a phone shows the narrow variant only.
    expect(await page.locator("#figure-effective-data .figure-plot-wide").isVisible()).toBe(false);
    const { pages } = await printPages(page, "transfer-phone");
    expect(pages.join("\n")).toMatch(/1\.2B params/);
    // The wide SVG (what print shows) now holds the current state, and print media shows it.
    expect(await page.locator("#figure-effective-data .figure-plot-wide svg").textContent()).toContain("1.2B params");
    await page.emulateMedia({ media: "print" });
    expect(await page.locator("#figure-effective-data .figure-plot-wide").isVisible()).toBe(true);
    expect(await page.locator("#figure-effective-data .figure-plot-narrow").isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });
});
