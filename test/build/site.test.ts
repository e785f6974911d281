import { getCollection } from "./collection.ts";
import { describe, expect, it } from "vitest";
import { inject } from "vitest";
import { distFiles, htmlPages, readPage, readText } from "./html.ts";

describe("the built site", () => {
  it("prints no warnings about ignored remark/rehype plugins", () => {
    const log = inject("buildLog");
    expect(log).not.toMatch(/ignored|deprecated.*(remark|rehype)|(remark|rehype).*(ignored|deprecated)/i);
  });

  it("lists every published essay on the home page, newest first, with its summary", async () => {
    const essays = await getCollection();
    const home = readPage("/");
    const links = [...home.querySelectorAll(".essay-list h3 a")].map((a) => a.getAttribute("href"));
    expect(essays.length).toBeGreaterThan(0);
    const expected = [...essays].sort((a, b) => b.published.localeCompare(a.published) || a.title.localeCompare(b.title)).map((e) => `/essays/${e.id}/`);
    expect(links).toEqual(expected);
    for (const e of essays) expect(home.body.textContent).toContain(e.summary.slice(0, 40));
  });

  it("renders math as MathML at build (KaTeX, output mathml), with no TeX left in the text", () => {
    const page = readPage("/notation/");
    expect(page.querySelectorAll(".katex").length).toBeGreaterThan(5);
    expect(page.querySelectorAll(".katex-display").length).toBeGreaterThan(1);
    // One <math> per formula, display math marked as such; no HTML copy of the formula beside it.
    expect(page.querySelectorAll(".katex > math").length).toBe(page.querySelectorAll(".katex").length);
    expect(page.querySelectorAll('.katex-display > .katex > math[display="block"]').length).toBe(page.querySelectorAll(".katex-display").length);
    expect(page.querySelectorAll(".katex-html, .katex span").length).toBe(0);
    // The TeX source is kept on the wrapper, not as text.
    for (const k of page.querySelectorAll(".katex")) expect(k.getAttribute("data-tex"), k.outerHTML.slice(0, 80)).toBeTruthy();
    expect(page.querySelectorAll("annotation, semantics").length).toBe(0);
    const text = page.querySelector("article")!.textContent ?? "";
    expect(text).not.toMatch(/\$\$|\\frac|\\text\{/);
  });

  it("loads no script, stylesheet, font or image from another origin", () => {
    for (const file of htmlPages()) {
      const doc = readPage(file);
      const refs = [
        ...[...doc.querySelectorAll("script[src]")].map((e) => e.getAttribute("src")),
        ...[...doc.querySelectorAll("link[href]")].filter((e) => e.getAttribute("rel") !== "canonical").map((e) => e.getAttribute("href")),
        ...[...doc.querySelectorAll("img[src], source[src], iframe[src]")].map((e) => e.getAttribute("src")),
      ];
      for (const ref of refs) expect(ref, `${file}: ${ref}`).not.toMatch(/^(https?:)?\/\//);
    }
    const css = distFiles()
      .filter((f) => f.endsWith(".css"))
      .map((f) => readText(f))
      .join("\n");
    expect(css).not.toMatch(/url\(\s*["']?(https?:)?\/\//);
    expect(css).toMatch(/KaTeX_Main/); // KaTeX fonts are bundled, not fetched from a CDN
    expect(distFiles().some((f) => /KaTeX_Main-Regular.*\.woff2$/.test(f))).toBe(true);
  });

  it("has about, notation, 404 and a valid /version.json", () => {
    const version = JSON.parse(readText("version.json"));
    expect(version.semver).toMatch(/^\d+\.\d+\.\d+$/);
    expect(version.version).toBe(`${version.semver}+${version.commit}`);
    expect(readPage("/about/").body.textContent).toContain(version.version);
    expect(readPage("404.html").querySelector("h1")?.textContent).toMatch(/not found/i);
    for (const file of htmlPages()) {
      const footer = readPage(file).querySelector(".site-footer");
      if (!footer) continue;
      expect(footer.textContent, file).toContain("CC BY 4.0");
      expect(footer.textContent, file).toContain(version.version);
    }
  });

  it("gives every page a title and a language, and every full page a skip link and a theme toggle", () => {
    for (const file of htmlPages()) {
      const doc = readPage(file);
      expect(doc.documentElement.getAttribute("lang"), file).toBe("en");
      expect(doc.querySelector("title")?.textContent?.length, file).toBeGreaterThan(3);
      if (file.includes("/embed/")) continue; // minimal pages for iframes
      expect(doc.querySelector("a.skip-link[href='#main']"), file).not.toBeNull();
      expect(doc.querySelector("theme-toggle button"), file).not.toBeNull();
    }
  });
});
