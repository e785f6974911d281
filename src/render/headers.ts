/**
 * The headers file for static hosts that read one (Netlify, Cloudflare Pages: `_headers` in the
 * published folder), written after every build from the built pages, so it always carries the
 * CSP the pages carry (Astro computes its hashes at build):
 *
 * - every page: the page's own CSP as a header plus `frame-ancestors 'none'` (a meta tag cannot
 *   carry frame-ancestors), except `/figures/<model>/<figure>/embed/`, which any site may frame;
 * - everything: `X-Content-Type-Options: nosniff` and a Referrer-Policy;
 * - `/_astro/*` (content-hashed names): cached for a year, immutable; everything else revalidates.
 *
 * Hosts disagree on what happens when two rules set one header for a path (Netlify keeps the
 * later, Cloudflare joins them), so no two rules here set the same header for any path: the
 * rules follow the folders of dist/ (test/build/headers.test.ts checks every built file).
 * `scripts/serve.mjs` (npm start, the tests, the bench) applies the same file.
 */
import type { AstroIntegration } from "astro";
import { readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

export const IMMUTABLE = "public, max-age=31536000, immutable";
export const REVALIDATE = "public, max-age=0, must-revalidate";
export const REFERRER_POLICY = "strict-origin-when-cross-origin";
/** Pages any site may frame: a figure's embed page. Matched against the path below the base. */
export const FRAMABLE = /^figures\/[^/]+\/[^/]+\/embed\/index\.html$/;

/** The header form of a page's CSP: its meta policy, plus frame-ancestors unless framable. */
export function headerPolicy(metaPolicy: string, framable: boolean): string {
  const policy = metaPolicy.trim().replace(/;\s*$/, "");
  return framable ? policy : `${policy}; frame-ancestors 'none'`;
}

/** The meta CSP of a built HTML page, or undefined. */
export function metaPolicy(html: string): string | undefined {
  const tag = /<meta\b[^>]*http-equiv="content-security-policy"[^>]*>/i.exec(html)?.[0];
  const content = tag && /\bcontent="([^"]*)"/.exec(tag)?.[1];
  return content
    ?.replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");
}

function files(dir: string, root = dir): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...files(full, root));
    else out.push(relative(root, full).split(sep).join("/"));
  }
  return out;
}

type Rule = { path: string; headers: [string, string][] };

/** The `_headers` text for the built site in `dir`, built with base path `base` ("/" or "/sub/"). */
export function headersFile(dir: string, base: string): string {
  const all = files(dir).filter((f) => f !== "_headers");
  const policies = new Map<string, string[]>();
  for (const file of all.filter((f) => f.endsWith(".html"))) {
    const policy = metaPolicy(readFileSync(join(dir, file), "utf8"));
    if (!policy) throw new Error(`headers: ${file} has no Content-Security-Policy meta tag; every page needs one (Astro's security.csp)`);
    policies.set(policy, [...(policies.get(policy) ?? []), file]);
  }
  if (policies.size !== 1) {
    const groups = [...policies.values()].map((pages) => `${pages.length} page(s) such as ${pages[0]}`).join("; ");
    throw new Error(
      `headers: the pages carry ${policies.size} different CSPs (${groups}); the headers file gives one policy to all pages. Give the odd pages the same scripts and styles, or teach src/render/headers.ts their own rule.`,
    );
  }
  const policy = [...policies.keys()][0]!;
  const page = headerPolicy(policy, false);
  const embed = headerPolicy(policy, true);

  const rules: Rule[] = [
    {
      path: `${base}*`,
      headers: [
        ["X-Content-Type-Options", "nosniff"],
        ["Referrer-Policy", REFERRER_POLICY],
      ],
    },
  ];
  const top = new Map<string, string[]>();
  for (const file of all) {
    const [head, ...rest] = file.split("/");
    top.set(rest.length ? `${head}/` : head!, [...(top.get(rest.length ? `${head}/` : head!) ?? []), file]);
  }
  for (const [entry, inside] of [...top].sort(([a], [b]) => a.localeCompare(b))) {
    const html = inside.some((f) => f.endsWith(".html"));
    const revalidate = (path: string, withPolicy: string | undefined): Rule => ({
      path,
      headers: [["Cache-Control", REVALIDATE], ...(withPolicy ? ([["Content-Security-Policy", withPolicy]] as [string, string][]) : [])],
    });
    if (entry === "_astro/") rules.push({ path: `${base}_astro/*`, headers: [["Cache-Control", IMMUTABLE]] });
    else if (!entry.endsWith("/")) rules.push(revalidate(entry === "index.html" ? base : `${base}${entry}`, entry.endsWith(".html") ? page : undefined));
    else if (!inside.some((f) => FRAMABLE.test(f))) rules.push(revalidate(`${base}${entry}*`, html ? page : undefined));
    else {
      // figures/: its index, each figure's page and files, and the framable embed pages.
      const shapes = new Set(
        inside.map((f) =>
          f.replace(/^figures\/thumbs\/[^/]+$/, "figures/thumbs/…").replace(/^figures\/[^/]+\/[^/]+\/(embed\/)?[^/]+$/, "figures/:model/:figure/$1…"),
        ),
      );
      const expected = new Set(["figures/index.html", "figures/thumbs/…", "figures/:model/:figure/…", "figures/:model/:figure/embed/…"]);
      const odd = [...shapes].filter((s) => !expected.has(s));
      if (odd.length)
        throw new Error(
          `headers: unexpected files under figures/ (${odd.join(", ")}); src/render/headers.ts knows figures/index.html, figures/thumbs/*, figures/<model>/<figure>/* and figures/<model>/<figure>/embed/`,
        );
      rules.push(
        revalidate(`${base}figures/`, page),
        revalidate(`${base}figures/thumbs/*`, undefined), // the figures index's thumbnails (SVG files)
        revalidate(`${base}figures/:model/:figure/`, page),
        revalidate(`${base}figures/:model/:figure/:file`, undefined),
        revalidate(`${base}figures/:model/:figure/embed/`, embed),
      );
    }
  }
  const lines = [
    "# Written by the build (src/render/headers.ts) from the built pages; do not edit.",
    "# Netlify / Cloudflare Pages syntax. No two rules set the same header for one path.",
  ];
  for (const rule of rules) lines.push("", rule.path, ...rule.headers.map(([name, value]) => `  ${name}: ${value}`));
  return `${lines.join("\n")}\n`;
}

export function headersIntegration(): AstroIntegration {
  let base = "/";
  return {
    name: "scaling-laws-headers",
    hooks: {
      "astro:config:done": ({ config }) => {
        base = config.base.endsWith("/") ? config.base : `${config.base}/`;
      },
      "astro:build:done": ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const text = headersFile(out, base);
        writeFileSync(join(out, "_headers"), text);
        logger.info(`wrote _headers (${text.split("\n").filter((l) => l.startsWith("/")).length} rules)`);
      },
    },
  };
}
