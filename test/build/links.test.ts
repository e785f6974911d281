/**
 * Link check of the built site (issue 10, "Link check of every internal link and anchor in
 * dist"): every `href` / `src`-less internal reference in every HTML page — site-absolute
 * ("/essays/…"), relative ("../figures/…") and fragment ("#fig-2") — points at a file in the
 * build, and its fragment at an element id (or name) on the target page. Page links end in "/"
 * because astro.config.mjs sets trailingSlash: "always" (the dev server 404s without it).
 */
import { existsSync, statSync } from "node:fs";
import { join, posix } from "node:path";
import { describe, expect, it } from "vitest";
import { dist, htmlPages, readPage } from "./html.ts";

interface Broken {
  page: string;
  href: string;
  problem: string;
}

/** The dist-relative file a site path names, or undefined. */
function fileFor(path: string): string | undefined {
  const clean = decodeURIComponent(path.replace(/^\//, ""));
  const full = join(dist(), clean);
  if (existsSync(full) && statSync(full).isFile()) return clean;
  const index = join(full, "index.html");
  if (existsSync(index)) return posix.join(clean, "index.html");
  return undefined;
}

/** The site path (with leading "/") a page file is served at: essays/x/index.html → /essays/x/. */
function urlOf(file: string): string {
  return `/${file.replace(/index\.html$/, "")}`;
}

const idCache = new Map<string, Set<string>>();
function anchorsOf(file: string): Set<string> {
  let ids = idCache.get(file);
  if (!ids) {
    const doc = readPage(file);
    ids = new Set([...doc.querySelectorAll("[id]")].map((e) => e.getAttribute("id")!));
    for (const a of doc.querySelectorAll("a[name]")) ids.add(a.getAttribute("name")!);
    idCache.set(file, ids);
  }
  return ids;
}

function check(): { broken: Broken[]; checked: number; pages: number } {
  const broken: Broken[] = [];
  let checked = 0;
  const pages = htmlPages();
  for (const page of pages) {
    const doc = readPage(page);
    const hrefs = [...doc.querySelectorAll("[href], [xlink\\:href]")].map((e) => e.getAttribute("href") ?? e.getAttribute("xlink:href") ?? "");
    for (const href of hrefs) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith("//")) continue; // another origin, mailto:, data:
      checked++;
      if (href === "" || href === "#") {
        broken.push({ page, href, problem: "empty link" });
        continue;
      }
      const url = new URL(href, `http://site${urlOf(page)}`);
      const target = fileFor(url.pathname);
      if (!target) {
        broken.push({ page, href, problem: `no file for ${url.pathname}` });
        continue;
      }
      if (target.endsWith("index.html") && !url.pathname.endsWith("/") && !href.startsWith("#")) {
        broken.push({ page, href, problem: `page link without a trailing slash (${url.pathname}/)` });
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target.endsWith(".html") && !anchorsOf(target).has(fragment)) {
        broken.push({ page, href, problem: `no id "${fragment}" in ${target}` });
      }
    }
  }
  return { broken, checked, pages: pages.length };
}

function summary(broken: Broken[]): string {
  const byProblem = new Map<string, Broken[]>();
  for (const b of broken) byProblem.set(b.problem, [...(byProblem.get(b.problem) ?? []), b]);
  return [...byProblem]
    .map(([problem, list]) => `${problem} (${list.length}×): ${[...new Set(list.map((b) => `${b.page} → ${b.href}`))].slice(0, 5).join("; ")}`)
    .join("\n");
}

describe("links in the built site", () => {
  it("every internal link and anchor resolves", () => {
    const { broken, checked, pages } = check();
    console.log(`[links] checked ${checked} internal links on ${pages} pages; ${broken.length} broken`);
    expect(pages).toBeGreaterThan(3);
    expect(checked).toBeGreaterThan(pages); // every page links home at least
    expect(broken, `\n${summary(broken)}`).toEqual([]);
  });

  it("ids are unique on every page (else an anchor is ambiguous)", () => {
    const duplicates: string[] = [];
    for (const page of htmlPages()) {
      const ids = [...readPage(page).querySelectorAll("[id]")].map((e) => e.getAttribute("id")!);
      const seen = new Set<string>();
      for (const id of ids) {
        if (seen.has(id)) duplicates.push(`${page}: #${id}`);
        seen.add(id);
      }
    }
    expect(duplicates, duplicates.join("\n")).toEqual([]);
  });

  it("the checker itself finds a missing page, a missing anchor and a missing slash", () => {
    // Guard against a checker that passes everything: resolve known-bad links against the real build.
    expect(fileFor("/no-such-page/")).toBeUndefined();
    expect(fileFor("/")).toBe("index.html");
    expect(anchorsOf("index.html").has("no-such-id-anywhere")).toBe(false);
    expect(urlOf("essays/transfer/index.html")).toBe("/essays/transfer/");
  });
});
