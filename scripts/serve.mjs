#!/usr/bin/env node
// Serve a built site the way a static host does, so what you see locally is what readers get:
//
//   node scripts/serve.mjs <distDir> [--port N] [--host H] [--base /sub/]
//
// prints the URL (`http://127.0.0.1:4321/`) on its first line and serves until stopped.
// BASE_PATH in the environment sets the base when --base is not given.
//
// Behaviour (the same as Netlify / Cloudflare Pages for this site):
// - the headers file `<distDir>/_headers` (Netlify/Cloudflare syntax; the build writes it, see
//   src/render/headers.ts) is parsed and its rules applied: a path line, then indented
//   `Name: value` lines; `*` matches anything, `:name` one path segment; every matching rule
//   applies, a header set by two matching rules is joined with ", " (as Cloudflare does), and
//   `! Name` removes one. Without a rule for Cache-Control a response gets
//   `public, max-age=0, must-revalidate` (the hosts' default);
// - gzip, or brotli when the request's Accept-Encoding allows it (node:zlib, compressed once and
//   kept in memory), with `Vary: Accept-Encoding`; ETag and If-None-Match (304);
// - content types by extension, `index.html` for a directory, a redirect adding the trailing slash
//   to a directory, `404.html` with status 404 for a miss, nothing outside the base path.
//
// Also a module: `serveDir(root, port?, base?, host?)` → `{ server, origin, close }` (tests, bench,
// scripts/shot.mjs).
import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";
import { brotliCompressSync, constants as zlibConstants, gzipSync } from "node:zlib";

/** @type {Record<string, string>} */
export const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".ttf": "font/ttf",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".md": "text/markdown; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".bib": "application/x-bibtex; charset=utf-8",
  ".wasm": "application/wasm",
  ".pdf": "application/pdf",
};

/** Types worth compressing (Pagefind's own files are already gzipped). */
const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml|manifest\+json|x-bibtex|wasm)|image\/svg\+xml)/;
const DEFAULT_CACHE = "public, max-age=0, must-revalidate";

/**
 * Parse a `_headers` file (Netlify / Cloudflare Pages syntax) into rules.
 * @param {string} text
 * @returns {{ path: string, pattern: RegExp, headers: [string, string][], detach: string[] }[]}
 */
export function parseHeaders(text) {
  /** @type {{ path: string, pattern: RegExp, headers: [string, string][], detach: string[] }[]} */
  const rules = [];
  let line = 0;
  for (const raw of text.split(/\r?\n/)) {
    line++;
    if (!raw.trim() || raw.trim().startsWith("#")) continue;
    if (!/^\s/.test(raw)) {
      const path = raw.trim();
      if (!path.startsWith("/") && !/^https:\/\//.test(path))
        throw new Error(`_headers line ${line}: a rule starts with a path beginning with "/", got "${path}"`);
      rules.push({ path, pattern: pathPattern(path), headers: [], detach: [] });
      continue;
    }
    const rule = rules.at(-1);
    if (!rule) throw new Error(`_headers line ${line}: a header before any path`);
    const detach = /^\s+!\s*([\w-]+)\s*$/.exec(raw);
    if (detach) {
      rule.detach.push(detach[1].toLowerCase());
      continue;
    }
    const match = /^\s+([\w-]+)\s*:\s*(.*?)\s*$/.exec(raw);
    if (!match) throw new Error(`_headers line ${line}: expected "  Name: value", got "${raw.trim()}"`);
    rule.headers.push([match[1], match[2]]);
  }
  return rules;
}

/** `*` matches anything (also "/"), `:name` one segment; the whole path must match. */
function pathPattern(path) {
  const pathname = path.replace(/^https:\/\/[^/]+/, "");
  let source = "";
  for (const part of pathname.split(/(\*|:[A-Za-z_]\w*)/)) {
    if (part === "*") source += ".*";
    else if (part.startsWith(":")) source += "[^/]+";
    else source += part.replace(/[.+?^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${source}$`);
}

/**
 * The headers the rules give a URL path: every matching rule, in file order; a header set twice is
 * joined with ", " (Cloudflare's behaviour; the build test keeps rules from overlapping at all).
 * @param {ReturnType<typeof parseHeaders>} rules
 * @param {string} pathname
 * @returns {Record<string, string>} lower-case names
 */
export function headersFor(rules, pathname) {
  /** @type {Record<string, string>} */
  const out = {};
  for (const rule of rules) {
    if (!rule.pattern.test(pathname)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      out[key] = key in out ? `${out[key]}, ${value}` : value;
    }
  }
  for (const rule of rules) if (rule.pattern.test(pathname)) for (const name of rule.detach) delete out[name];
  return out;
}

/** @param {string} accept */
function pickEncoding(accept) {
  /** @type {Record<string, number>} */
  const q = {};
  for (const part of accept.split(",")) {
    const [name, ...params] = part.trim().toLowerCase().split(";");
    const weight = params.map((p) => /^\s*q=([\d.]+)/.exec(p)).find(Boolean);
    if (name) q[name] = weight ? Number(weight[1]) : 1;
  }
  const allows = (name) => (q[name] ?? q["*"] ?? 0) > 0;
  if (allows("br")) return "br";
  if (allows("gzip")) return "gzip";
  return "identity";
}

/**
 * Start serving `root`. Resolves once listening.
 * @param {string} root the built site (dist/)
 * @param {number} [port] 0 for a free port
 * @param {string} [base] the base path the site was built with ("/" or "/sub/")
 * @param {string} [host]
 * @returns {Promise<{ server: import("node:http").Server, origin: string, url: string, close: () => Promise<void> }>}
 */
export async function serveDir(root, port = 0, base = "/", host = "127.0.0.1") {
  root = resolve(root);
  if (!base.startsWith("/")) base = `/${base}`;
  if (!base.endsWith("/")) base = `${base}/`;
  /** @type {{ mtime: number, rules: ReturnType<typeof parseHeaders> } | undefined} */
  let headerCache;
  const rulesNow = () => {
    let mtime = -1;
    try {
      mtime = statSync(join(root, "_headers")).mtimeMs;
    } catch {}
    if (headerCache?.mtime !== mtime) headerCache = { mtime, rules: mtime < 0 ? [] : parseHeaders(readFileSync(join(root, "_headers"), "utf8")) };
    return headerCache.rules;
  };
  /** @type {Map<string, { mtime: number, etag: string, body: Buffer, gzip?: Buffer, br?: Buffer }>} */
  const files = new Map();
  const load = (file) => {
    const mtime = statSync(file).mtimeMs;
    let entry = files.get(file);
    if (!entry || entry.mtime !== mtime) {
      const body = readFileSync(file);
      entry = { mtime, body, etag: `"${createHash("sha1").update(body).digest("base64url").slice(0, 20)}"` };
      files.set(file, entry);
    }
    return entry;
  };
  const kind = (file) => {
    try {
      const stat = statSync(file);
      return stat.isDirectory() ? "dir" : stat.isFile() ? "file" : undefined;
    } catch {
      return undefined;
    }
  };

  const server = createServer((req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { allow: "GET, HEAD" }).end();
      return;
    }
    const url = new URL(req.url ?? "/", "http://x");
    let pathname;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400).end("bad request");
      return;
    }
    let status = 200;
    let file;
    const inside = pathname.startsWith(base) || `${pathname}/` === base;
    const relative = inside ? pathname.slice(base.length) : "";
    const candidate = normalize(join(root, relative));
    const hidden = relative.split("/").includes("_headers");
    if (inside && !hidden && (candidate === root || candidate.startsWith(root + sep))) {
      const found = kind(candidate);
      if (found === "dir") {
        if (!pathname.endsWith("/")) {
          res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
          return;
        }
        if (kind(join(candidate, "index.html")) === "file") file = join(candidate, "index.html");
      } else if (found === "file") file = candidate;
    }
    if (!file) {
      status = 404;
      file = join(root, "404.html");
      if (kind(file) !== "file") {
        res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("not found");
        return;
      }
    }
    const entry = load(file);
    const type = TYPES[extname(file)] ?? "application/octet-stream";
    /** @type {Record<string, string>} */
    const headers = { "content-type": type, "cache-control": DEFAULT_CACHE, ...headersFor(rulesNow(), url.pathname), etag: entry.etag };
    let body = entry.body;
    if (COMPRESSIBLE.test(type) && body.length > 256) {
      headers.vary = "Accept-Encoding";
      const encoding = pickEncoding(String(req.headers["accept-encoding"] ?? ""));
      if (encoding === "br") {
        entry.br ??= brotliCompressSync(entry.body, {
          params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 6, [zlibConstants.BROTLI_PARAM_SIZE_HINT]: entry.body.length },
        });
        body = entry.br;
      } else if (encoding === "gzip") {
        entry.gzip ??= gzipSync(entry.body, { level: 6 });
        body = entry.gzip;
      }
      if (encoding !== "identity") {
        headers["content-encoding"] = encoding;
        headers.etag = `${entry.etag.slice(0, -1)}-${encoding}"`;
      }
    }
    if (status === 200 && req.headers["if-none-match"] === headers.etag) {
      delete headers["content-type"];
      res.writeHead(304, headers).end();
      return;
    }
    headers["content-length"] = String(body.length);
    res.writeHead(status, headers);
    res.end(req.method === "HEAD" ? undefined : body);
  });
  await new Promise((resolvePromise, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolvePromise(undefined));
  });
  const address = server.address();
  const actual = typeof address === "object" && address ? address.port : port;
  const origin = `http://${host.includes(":") ? `[${host}]` : host}:${actual}`;
  return {
    server,
    origin,
    url: `${origin}${base}`,
    close: () =>
      new Promise((resolveClose) => {
        server.close(() => resolveClose());
        server.closeAllConnections();
      }),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const args = process.argv.slice(2);
  const option = (name, fallback) => {
    const at = args.indexOf(`--${name}`);
    if (at < 0) return fallback;
    const value = args[at + 1];
    if (value === undefined || value.startsWith("--")) {
      console.error(`serve: --${name} needs a value`);
      process.exit(2);
    }
    args.splice(at, 2);
    return value;
  };
  const port = Number(option("port", "4321"));
  const host = option("host", "127.0.0.1");
  const base = option("base", process.env.BASE_PATH ?? "/");
  const [dir, ...rest] = args;
  if (!dir || rest.length || !Number.isInteger(port) || port < 0 || port > 65535) {
    console.error("usage: node scripts/serve.mjs <distDir> [--port N] [--host H] [--base /sub/]");
    process.exit(2);
  }
  if (kind0(dir) !== "dir") {
    console.error(`serve: ${dir} is not a directory; build first (npm run build)`);
    process.exit(2);
  }
  const { url } = await serveDir(dir, port, base, host).catch((error) => {
    console.error(`serve: could not listen on ${host}:${port}: ${error.message}`);
    process.exit(1);
  });
  console.log(url);
}

function kind0(path) {
  try {
    return statSync(path).isDirectory() ? "dir" : "file";
  } catch {
    return undefined;
  }
}
