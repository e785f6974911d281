/**
 * The bibliography lists every work cited anywhere (essay frontmatter, figure specs, the law
 * module's presets), each with its links and what cites it, and nothing uncited.
 */
import { describe, expect, it } from "vitest";
import * as laws from "../../src/laws/index.ts";
import { models } from "../../src/models/index.ts";
import { lawMeta } from "../../src/laws/meta.ts";
import { getCollection } from "./collection.ts";
import { readPage } from "./html.ts";

const page = readPage("/bibliography/");
const registry = laws.sources as Record<string, { title: string; arxiv?: string; url?: string }>;
const entry = (id: string) => page.querySelector(`li[data-source="${id}"]`);
const hrefs = (el: Element | null, selector: string) => [...(el?.querySelectorAll(selector) ?? [])].map((a) => a.getAttribute("href"));

describe("the bibliography", async () => {
  const essays = (await getCollection()).filter((e) => !e.draft);
  const all = laws as unknown as Record<string, unknown>;
  const presetSources = Object.entries(all)
    .filter(([, v]) => typeof v === "object" && v !== null && "source" in v)
    .map(([name, v]) => [name, (v as { source: { id: string } }).source.id] as const);
  const published = new Set(essays.flatMap((e) => (e.model ? [e.model] : []))); // a draft essay's figures are not published
  const figureSources = Object.values(models)
    .filter((m) => published.has(m.name))
    .flatMap((m) => Object.entries(m.figures).flatMap(([name, f]) => f.sources.map((id) => [`${m.name}/${name}`, id] as const)));
  // Laws cite their sources too (src/laws/meta.ts), as the page does.
  const lawSources = Object.values(lawMeta).flatMap((m) => m.sources.map((id) => [m.name, id] as const));
  const cited = new Set([
    ...essays.flatMap((e) => e.sources),
    ...presetSources.map(([, id]) => id),
    ...figureSources.map(([, id]) => id),
    ...lawSources.map(([, id]) => id),
  ]);

  it("has one entry per cited work and none for uncited ones", () => {
    const listed = [...page.querySelectorAll("li[data-source]")].map((li) => li.getAttribute("data-source"));
    expect(new Set(listed).size).toBe(listed.length);
    expect(new Set(listed)).toEqual(cited);
    for (const id of listed) expect(page.getElementById(id!), `#${id}`).not.toBeNull();
  });

  it("gives each work its title and its arXiv and web links", () => {
    for (const id of cited) {
      const li = entry(id)!;
      const work = registry[id]!;
      expect(li.querySelector("cite")!.textContent).toBe(work.title);
      const links = hrefs(li, ".work a");
      if (work.arxiv) expect(links).toContain(`https://arxiv.org/abs/${work.arxiv}`);
      if (work.url) expect(links).toContain(work.url);
    }
  });

  it("links each essay that cites a work to that work in the essay's reference list", () => {
    for (const essay of essays) {
      for (const id of essay.sources) {
        expect(hrefs(entry(id), ".cited-essays a"), `${essay.id} cites ${id}`).toContain(`/essays/${essay.id}/#ref-${id}`);
        // …and the target exists: the essay's references carry id="ref-<id>".
        expect(readPage(`/essays/${essay.id}/`).getElementById(`ref-${id}`), `${essay.id} #ref-${id}`).not.toBeNull();
      }
    }
  });

  it("lists the figures and presets that cite each work", () => {
    for (const [figure, id] of figureSources) expect(hrefs(entry(id), ".cited-figures a"), `${figure} cites ${id}`).toContain(`/figures/${figure}/`);
    for (const [preset, id] of presetSources) expect(hrefs(entry(id), ".cited-laws a"), `${preset} cites ${id}`).toContain(`/laws/#${preset}`);
    for (const [law, id] of lawSources) expect(hrefs(entry(id), ".cited-laws a"), `${law} cites ${id}`).toContain(`/laws/${law}/`);
  });
});
