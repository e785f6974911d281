/**
 * RSS 2.0, Atom and sitemap XML, written by hand (no dependency): every text is escaped, every
 * URL is absolute on the canonical origin (site + base). Node only (build).
 */
import { href } from "../lib/paths.ts";

export const SITE_TITLE = "Scaling Laws, Computed";
export const SITE_DESCRIPTION = "Essays on the scaling-law debates in which every number and figure is computed by one TypeScript law module.";

/** Escape text for XML element content and attribute values; drops characters XML 1.0 forbids. */
export function escapeXml(text: string): string {
  return (
    text
      // biome-ignore lint/suspicious/noControlCharactersInRegex: XML forbids these characters; this removes them
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "")
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
      .replace(/'/g, "&apos;")
  );
}

/** An absolute URL on the canonical origin for a site path ("/laws/"). */
export function absolute(path: string, site: URL | undefined): string {
  return new URL(href(path), site ?? "http://localhost:4321/").href;
}

export interface FeedEssay {
  slug: string;
  title: string;
  summary: string;
  authors: string[];
  published: Date;
  updated?: Date | undefined;
}

const latest = (essays: FeedEssay[]): Date => new Date(Math.max(0, ...essays.map((e) => (e.updated ?? e.published).getTime())));
const newestFirst = (essays: FeedEssay[]) => [...essays].sort((a, b) => b.published.getTime() - a.published.getTime() || a.title.localeCompare(b.title));
const tag = (name: string, text: string) => `<${name}>${escapeXml(text)}</${name}>`;

/** RSS 2.0 with an atom:link self reference and dc:creator for authors (RSS's author needs an e-mail). */
export function rss(essays: FeedEssay[], site: URL | undefined): string {
  const self = absolute("/rss.xml", site);
  const items = newestFirst(essays).map((e) => {
    const url = absolute(`/essays/${e.slug}/`, site);
    return [
      "    <item>",
      `      ${tag("title", e.title)}`,
      `      ${tag("link", url)}`,
      `      <guid isPermaLink="true">${escapeXml(url)}</guid>`,
      `      ${tag("description", e.summary)}`,
      `      ${tag("pubDate", e.published.toUTCString())}`,
      ...e.authors.map((a) => `      ${tag("dc:creator", a)}`),
      "    </item>",
    ].join("\n");
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    "  <channel>",
    `    ${tag("title", SITE_TITLE)}`,
    `    ${tag("link", absolute("/", site))}`,
    `    ${tag("description", SITE_DESCRIPTION)}`,
    "    <language>en</language>",
    `    ${tag("lastBuildDate", latest(essays).toUTCString())}`,
    `    <atom:link href="${escapeXml(self)}" rel="self" type="application/rss+xml"/>`,
    ...items,
    "  </channel>",
    "</rss>",
    "",
  ].join("\n");
}

/** Atom 1.0 (RFC 4287). */
export function atom(essays: FeedEssay[], site: URL | undefined): string {
  const home = absolute("/", site);
  const entries = newestFirst(essays).map((e) => {
    const url = absolute(`/essays/${e.slug}/`, site);
    return [
      "  <entry>",
      `    ${tag("title", e.title)}`,
      `    ${tag("id", url)}`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(url)}"/>`,
      `    ${tag("published", e.published.toISOString())}`,
      `    ${tag("updated", (e.updated ?? e.published).toISOString())}`,
      ...e.authors.map((a) => `    <author>${tag("name", a)}</author>`),
      `    <summary type="text">${escapeXml(e.summary)}</summary>`,
      "  </entry>",
    ].join("\n");
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
    `  ${tag("title", SITE_TITLE)}`,
    `  ${tag("subtitle", SITE_DESCRIPTION)}`,
    `  ${tag("id", home)}`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(absolute("/atom.xml", site))}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(home)}"/>`,
    `  ${tag("updated", latest(essays).toISOString())}`,
    `  <author>${tag("name", SITE_TITLE)}</author>`,
    `  <rights>Essays and figures: CC BY 4.0. Code: MIT.</rights>`,
    ...entries,
    "</feed>",
    "",
  ].join("\n");
}

/** A sitemap (sitemaps.org 0.9) of site paths, with an optional last-modified date each. */
export function sitemap(pages: { path: string; lastmod?: Date | undefined }[], site: URL | undefined): string {
  const urls = [...new Map(pages.map((p) => [p.path, p])).values()]
    .sort((a, b) => a.path.localeCompare(b.path))
    .map((p) => `  <url><loc>${escapeXml(absolute(p.path, site))}</loc>${p.lastmod ? `<lastmod>${p.lastmod.toISOString().slice(0, 10)}</lastmod>` : ""}</url>`);
  return ['<?xml version="1.0" encoding="UTF-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">', ...urls, "</urlset>", ""].join("\n");
}

/** Site paths of the static pages in src/pages, from their file names (`./laws/index.astro` → `/laws/`). */
export function staticPagePaths(files: string[]): string[] {
  return files
    .map((f) => f.replace(/^\.\//, "").replace(/\.(astro|mdx|md)$/, ""))
    .filter((f) => !f.includes("[") && !/(^|\/)(404|500)$/.test(f) && !/(^|\/)embed(\/|$)/.test(f))
    .map((f) => `/${f.replace(/(^|\/)index$/, "")}/`.replace(/\/+/g, "/"));
}
