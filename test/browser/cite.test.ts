/**
 * Citing and downloading in the browser: the cite text follows the parameters, and each
 * download (SVG, PNG, CSV, JSON) carries the state in the URL, the version and the licence.
 */
import { readFileSync } from "node:fs";
import { expect, it, onTestFailed } from "vitest";
import { readPngText } from "../../src/lib/png-text.ts";
import { describeBrowser, useBrowser } from "./harness.ts";

describeBrowser("cite and download in Chromium", () => {
  const s = useBrowser();
  const path = "/figures/transfer/effective-data/";

  it("updates the citation as a parameter changes and downloads files that match the URL state", async () => {
    const { page, errors, context } = await s.open(path);
    onTestFailed(async () => void (await s.screenshot(page, "fail-cite")));
    await page.waitForSelector("law-param[data-ready]");
    await page.locator(".figure-cite summary").click();
    const bibtexBefore = await page.locator(".cite-bibtex").textContent();
    const control = page.locator('law-param[name="modelScale"]');
    await control.focus();
    await page.keyboard.press("PageUp"); // a decade: 10× → 100×
    await page.waitForFunction(() => new URLSearchParams(location.search).get("modelScale") === "100");
    await page.waitForFunction((before) => document.querySelector(".cite-bibtex")?.textContent !== before, bibtexBefore);
    const bibtex = (await page.locator(".cite-bibtex").textContent())!;
    expect(bibtex).toContain("modelScale=100");
    expect(bibtex).toMatch(/model scale = 100× larger model/);
    expect(await page.locator(".cite-text").textContent()).toContain("modelScale=100");
    const version = new URL(page.url()).searchParams.get("v")!;
    expect(bibtex).toContain(`version = {${version}}`);

    const grab = async (format: string) => {
      const [download] = await Promise.all([page.waitForEvent("download"), page.locator(`a.figure-download[data-format="${format}"]`).click()]);
      return readFileSync((await download.path())!);
    };
    const json = JSON.parse(String(await grab("json")));
    expect(json.params.modelScale).toBe(100);
    expect(json.version).toBe(version);
    expect(json.figure.url).toContain("modelScale=100");
    const csv = String(await grab("csv"));
    expect(csv).toMatch(/^# parameters: modelScale=100;/m);
    expect(csv).toMatch(new RegExp(`^# version: ${version.replace(/[+.]/g, "\\$&")}$`, "m"));
    const svg = String(await grab("svg"));
    const metadata = JSON.parse(/<metadata[^>]*>(.*?)<\/metadata>/s.exec(svg)![1]!.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&"));
    expect(metadata.params.modelScale).toBe(100);
    expect(metadata.licence).toMatch(/CC BY 4\.0/);
    expect(svg).not.toMatch(/var\(--/);
    const png = new Uint8Array(await grab("png"));
    const text = readPngText(png);
    expect(JSON.parse(text["law-figure"]!).params.modelScale).toBe(100);
    expect(text.Copyright).toBe("CC BY 4.0");
    // A 2× raster of the 640-wide figure.
    expect(new DataView(png.buffer, png.byteOffset).getUint32(16)).toBe(1280);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("shows a banner with a link to the changelog on a permalink from an older version", async () => {
    const { page, errors, context } = await s.open(`${path}?modelScale=20&v=0.0.1%2Babc1234`);
    await page.waitForSelector("law-param[data-ready]");
    const banner = page.locator(".law-version-banner");
    expect(await banner.textContent()).toMatch(/made with version 0\.0\.1\+abc1234/);
    expect(await banner.locator("a").getAttribute("href")).toMatch(/\/changelog\/#since-0\.0\.1$/);
    expect(await page.locator('law-param[name="modelScale"]').getAttribute("aria-valuenow")).toBe("20");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("says a 0.1.0 link's numbers have changed and shows them as they were (issue 15's change of Chinchilla fit)", async () => {
    const { page, errors, context } = await s.open("/figures/fine-tuning/compute-split/?v=0.1.0");
    await page.waitForSelector("law-param[data-ready]");
    const banner = page.locator(".law-version-banner");
    expect(await banner.textContent()).toMatch(/made with version 0\.1\.0; .*numbers have changed since.*printed constants/);
    expect(await banner.locator("a").getAttribute("href")).toMatch(/\/changelog\/#since-0\.1\.0$/);
    // The migration's old defaults: the printed constants (fit = 1) and the old fine-tuning data.
    expect(await page.locator('law-param[name="fit"]').getAttribute("aria-valuenow")).toBe("1");
    expect(await page.locator('law-param[name="fineTuneTokens"]').getAttribute("aria-valuenow")).toBe("160000000");
    expect(errors).toEqual([]);
    await context.close();
  });
});
