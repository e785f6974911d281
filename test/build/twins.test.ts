/**
 * The text twins for machines: /llms.txt lists every published essay with its Markdown version,
 * and /essays/<slug>.md carries, from the same build, every number the page shows at the defaults
 * (each <Value>, <Param> and \val in an equation), every figure's title and description, and the
 * references, with no component left as JSX.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { getCollection } from "./collection.ts";
import { dist, readPage, readText } from "./html.ts";

const essays = (await getCollection()).filter((e) => !e.draft);
const norm = (text: string) => text.replace(/\s+/g, " ").trim();

describe("/llms.txt", () => {
  it("lists every published essay with a link to its Markdown twin, which exists", () => {
    const text = readText("llms.txt");
    expect(text).toMatch(/^# Scaling Laws, Computed\n\n> /);
    for (const e of essays) {
      const link = new RegExp(`\\[${e.title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\]\\((https?://[^)]+/essays/${e.id}\\.md)\\)`);
      expect(text, e.id).toMatch(link);
      expect(existsSync(join(dist(), `essays/${e.id}.md`)), e.id).toBe(true);
    }
    expect(essays.length).toBeGreaterThan(3);
  });
});

describe.each(essays.map((e) => [e.id, e] as const))("/essays/%s.md", (_id, essay) => {
  it("has every number, figure description and reference of the page, and no JSX", () => {
    const md = readText(`essays/${essay.id}.md`);
    const flat = norm(md);
    const page = readPage(`/essays/${essay.id}/`);
    expect(md.startsWith(`# ${essay.title}\n`)).toBe(true);
    expect(md).not.toMatch(/<\/?[A-Z][A-Za-z]*[\s/>]/);
    expect(md).not.toMatch(/\\val\{/);
    expect(md).not.toMatch(/^import /m);
    // Every number the page shows as text (values and parameters, in prose and equations).
    const numbers = [...page.querySelectorAll("law-value, law-param, [data-law-value]")].map((el) => norm(el.textContent ?? "")).filter(Boolean);
    if (essay.model) expect(numbers.length).toBeGreaterThan(5);
    for (const n of numbers) expect(flat, `${essay.id}: ${n}`).toContain(n);
    const valueCount = (essay.body.match(/<Value\b/g) ?? []).length;
    expect(page.querySelectorAll(".prose law-value").length).toBeGreaterThanOrEqual(valueCount);
    // Figures: title and description as the page has them.
    for (const figure of page.querySelectorAll("figure.law-figure")) {
      expect(flat).toContain(norm(figure.querySelector(".figure-title")!.textContent!).replace(/\.$/, ""));
      expect(flat).toContain(norm(figure.querySelector(".figure-description-text")!.textContent!));
    }
    // References: every cited work's title.
    const refs = [...page.querySelectorAll(".references li cite")].map((c) => norm(c.textContent!));
    expect(refs.length).toBe(essay.sources.length);
    const section = norm(md.slice(md.indexOf("## References")));
    for (const title of refs) expect(section, title).toContain(title);
  });
});
