/**
 * The JavaScript a built page loads before any interaction: its module scripts (external and
 * inline), modulepreloads, and everything they import statically, transitively. Dynamic
 * `import()` targets are what idle prefetch and the first interaction load instead.
 * Used by the budget test (npm test) and by `npm run bench`.
 */
import { readFileSync } from "node:fs";
import { dirname, join, posix } from "node:path";
import { gzipSync } from "node:zlib";
import { parseHTML } from "linkedom";

const STATIC_IMPORT = /(?:^|[;}\s])import\s*(?:[\w$*{}\s,]+from\s*)?["']([^"']+)["']/g;
const DYNAMIC_IMPORT = /import\(\s*["']([^"']+)["']\s*\)|["'](_astro\/[^"']+\.js)["']/g;

export interface JsLoad {
  /** Files (dist-relative) and inline scripts loaded before interaction. */
  files: string[];
  inlineScripts: number;
  raw: number;
  gzip: number;
  /** Chunks reachable only through dynamic import (lazy). */
  lazy: string[];
  lazyRaw: number;
  lazyGzip: number;
}

function resolveFrom(fromFile: string, spec: string): string | undefined {
  if (spec.startsWith("/")) return spec.slice(1).replace(/^\/+/, "");
  if (spec.startsWith(".")) return posix.normalize(posix.join(posix.dirname(fromFile), spec));
  if (spec.startsWith("_astro/")) return spec;
  return undefined;
}

export function jsBeforeInteraction(distDir: string, htmlFile: string, base = "/"): JsLoad {
  const html = readFileSync(join(distDir, htmlFile), "utf8");
  const { document } = parseHTML(html);
  const strip = (src: string) => (base !== "/" && src.startsWith(base) ? `/${src.slice(base.length)}` : src);
  const queue: string[] = [];
  let raw = 0;
  let gzip = 0;
  let inlineScripts = 0;
  const lazyRoots: string[] = [];
  for (const s of document.querySelectorAll("script")) {
    const type = s.getAttribute("type");
    if (type && type !== "module" && type !== "text/javascript") continue; // JSON data, not code
    const src = s.getAttribute("src");
    if (src) {
      const file = resolveFrom(htmlFile, strip(src));
      if (file) queue.push(file);
    } else {
      const code = s.textContent ?? "";
      inlineScripts++;
      raw += Buffer.byteLength(code);
      gzip += gzipSync(code).length;
      for (const m of code.matchAll(STATIC_IMPORT)) {
        const file = resolveFrom(htmlFile, strip(m[1]!));
        if (file) queue.push(file);
      }
    }
  }
  for (const l of document.querySelectorAll('link[rel="modulepreload"]')) {
    const file = resolveFrom(htmlFile, strip(l.getAttribute("href") ?? ""));
    if (file) queue.push(file);
  }
  const seen = new Set<string>();
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(distDir, file));
    raw += code.length;
    gzip += gzipSync(code).length;
    const text = code.toString("utf8");
    for (const m of text.matchAll(STATIC_IMPORT)) {
      const next = resolveFrom(file, m[1]!);
      if (next) queue.push(next);
    }
    for (const m of text.matchAll(DYNAMIC_IMPORT)) lazyRoots.push(resolveFrom(file, (m[1] ?? m[2])!) ?? "");
  }
  // Lazy closure: dynamic targets and their static imports, minus what was already loaded.
  const lazy = new Set<string>();
  const lazyQueue = lazyRoots.filter(Boolean);
  while (lazyQueue.length) {
    const file = lazyQueue.shift()!;
    if (lazy.has(file) || seen.has(file)) continue;
    let text: string;
    try {
      text = readFileSync(join(distDir, file), "utf8");
    } catch {
      continue;
    }
    lazy.add(file);
    for (const m of text.matchAll(STATIC_IMPORT)) {
      const next = resolveFrom(file, m[1]!);
      if (next) lazyQueue.push(next);
    }
  }
  let lazyRaw = 0;
  let lazyGzip = 0;
  for (const file of lazy) {
    const code = readFileSync(join(distDir, file));
    lazyRaw += code.length;
    lazyGzip += gzipSync(code).length;
  }
  return { files: [...seen], inlineScripts, raw, gzip, lazy: [...lazy], lazyRaw, lazyGzip };
}

export { dirname };
