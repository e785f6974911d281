/**
 * RSS 2.0, Atom and the sitemap: well-formed XML (parsed with linkedom's XML parser), the
 * required elements, absolute URLs on the canonical origin, and the right set of pages.
 */
import { DOMParser } from "linkedom";
import { describe, expect, it } from "vitest";
import { escapeXml, staticPagePaths } from "../../src/render/feeds.ts";
import { getCollection } from "./collection.ts";
import { htmlPages, readPage, readText } from "./html.ts";

const parse = (file: string) => {
  const text = readText(file);
  expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
  return new DOMParser().parseFromString(text, "text/xml") as unknown as Document;
};
const texts = (doc: Document | Element, selector: string) => [...doc.querySelectorAll(selector)].map((e) => e.textContent ?? "");
// The canonical origin the pages themselves declare.
const origin = new URL(readPage("/").querySelector('link[rel="canonical"]')!.getAttribute("href")!).origin;

describe("feeds and sitemap", async () => {
  const essays = (await getCollection()).filter((e) => !e.draft);
  const essayUrls = essays.map((e) => `${origin}/essays/${e.id}/`).sort();

  it("RSS 2.0 lists every published essay, newest first, with absolute links", () => {
    const doc = parse("rss.xml");
    const rss = doc.documentElement;
    expect(rss.tagName.toLowerCase()).toBe("rss");
    expect(rss.getAttribute("version")).toBe("2.0");
    const channel = doc.querySelector("channel")!;
    for (const tag of ["title", "link", "description"]) expect(channel.querySelector(tag)?.textContent, tag).toBeTruthy();
    const items = [...doc.querySelectorAll("item")];
    expect(items.length).toBe(essays.length);
    const links = items.map((i) => i.querySelector("link")!.textContent!);
    expect([...links].sort()).toEqual(essayUrls);
    for (const item of items) {
      expect(item.querySelector("guid")!.textContent).toBe(item.querySelector("link")!.textContent);
      expect(item.querySelector("title")!.textContent).toBeTruthy();
      expect(new Date(item.querySelector("pubDate")!.textContent!).toUTCString()).toBe(item.querySelector("pubDate")!.textContent);
    }
    const dates = items.map((i) => Date.parse(i.querySelector("pubDate")!.textContent!));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    const byUrl = new Map(essays.map((e) => [`${origin}/essays/${e.id}/`, e]));
    for (const item of items) expect(item.querySelector("title")!.textContent).toBe(byUrl.get(item.querySelector("link")!.textContent!)!.title);
  });

  it("Atom has the required feed and entry elements and the same essays", () => {
    const doc = parse("atom.xml");
    const feed = doc.documentElement;
    expect(feed.tagName.toLowerCase()).toBe("feed");
    expect(feed.getAttribute("xmlns")).toBe("http://www.w3.org/2005/Atom");
    for (const tag of ["id", "title", "updated"]) expect(feed.querySelector(tag)?.textContent, tag).toBeTruthy();
    expect([...doc.querySelectorAll("link")].some((l) => l.getAttribute("rel") === "self" && l.getAttribute("href") === `${origin}/atom.xml`)).toBe(true);
    const entries = [...doc.querySelectorAll("entry")];
    expect(entries.map((e) => e.querySelector("id")!.textContent).sort()).toEqual(essayUrls);
    for (const entry of entries) {
      for (const tag of ["title", "updated", "summary", "author name"]) expect(entry.querySelector(tag)?.textContent, tag).toBeTruthy();
      expect(Number.isNaN(Date.parse(entry.querySelector("updated")!.textContent!))).toBe(false);
    }
  });

  it("escapes text so titles with markup characters stay well-formed", () => {
    expect(escapeXml(`A & B <c> "d" 'e'\u0001`)).toBe("A &amp; B &lt;c&gt; &quot;d&quot; &apos;e&apos;");
    const doc = new DOMParser().parseFromString(`<t>${escapeXml("1 < 2 & 3 > 2")}</t>`, "text/xml") as unknown as Document;
    expect(doc.documentElement.textContent).toBe("1 < 2 & 3 > 2");
  });

  it("the sitemap lists exactly the built HTML pages except embeds and 404, on the canonical origin", () => {
    const doc = parse("sitemap.xml");
    expect(doc.documentElement.tagName.toLowerCase()).toBe("urlset");
    const locs = texts(doc, "url > loc");
    expect(new Set(locs).size).toBe(locs.length);
    for (const loc of locs) expect(loc.startsWith(`${origin}/`), loc).toBe(true);
    const built = htmlPages()
      .filter((f) => !f.includes("embed/") && !/^404(\/index)?\.html$/.test(f))
      .map((f) => `${origin}/${f.replace(/index\.html$/, "")}`)
      .sort();
    expect([...locs].sort()).toEqual(built);
    for (const path of ["/", "/laws/", "/bibliography/", "/notation/", "/about/", "/changelog/", "/figures/"]) expect(locs).toContain(`${origin}${path}`);
    for (const url of essayUrls) expect(locs).toContain(url);
  });

  it("maps page files to paths", () => {
    expect(
      staticPagePaths([
        "./index.astro",
        "./about.astro",
        "./laws/index.astro",
        "./notation.mdx",
        "./404.astro",
        "./essays/[slug].astro",
        "./figures/[model]/[figure]/embed/index.astro",
      ]),
    ).toEqual(["/", "/about/", "/laws/", "/notation/"]);
  });
});
