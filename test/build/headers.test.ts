/**
 * Publishing: the headers file the build writes (dist/_headers, Netlify / Cloudflare Pages
 * syntax), the GitHub Pages workflow, and `node scripts/serve.mjs` (what `npm start` runs)
 * answering like a host: compressed, with the headers file's cache and security headers.
 */
import { spawn } from "node:child_process";
import { get, type IncomingHttpHeaders } from "node:http";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { headersFor, parseHeaders } from "../../scripts/serve.mjs";
import { IMMUTABLE, REVALIDATE, metaPolicy } from "../../src/render/headers.ts";
import { dist, distFiles } from "./html.ts";

/** The URL path a file is served at: essays/x/index.html → /essays/x/. */
const urlOf = (file: string) => `/${file.replace(/(^|\/)index\.html$/, "$1")}`;
const rules = () => parseHeaders(readFileSync(join(dist(), "_headers"), "utf8"));
/** A GET without decoding (fetch would decompress): status, headers, the bytes as sent. */
function raw(url: string, headers: Record<string, string>): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    get(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on("error", reject);
  });
}
const directives = (policy: string) =>
  policy
    .split(";")
    .map((d) => d.trim())
    .filter(Boolean);

describe("the headers file (dist/_headers)", () => {
  it("never sets one header twice for a path (hosts merge duplicates differently)", () => {
    const all = rules();
    for (const file of distFiles().filter((f) => f !== "_headers")) {
      const url = urlOf(file);
      const names = all.filter((r) => r.pattern.test(url)).flatMap((r) => r.headers.map(([name]) => name.toLowerCase()));
      expect(names.length, url).toBe(new Set(names).size);
    }
  });

  it("gives every page its own CSP plus frame-ancestors 'none', the embeds their CSP alone", () => {
    const all = rules();
    const pages = distFiles().filter((f) => f.endsWith(".html"));
    let embeds = 0;
    for (const file of pages) {
      const meta = metaPolicy(readFileSync(join(dist(), file), "utf8"));
      expect(meta, file).toBeTruthy();
      const header = headersFor(all, urlOf(file))["content-security-policy"];
      expect(header, `${file}: no CSP header`).toBeTruthy();
      const embed = /^figures\/[^/]+\/[^/]+\/embed\//.test(file);
      embeds += Number(embed);
      const extra = directives(header!).filter((d) => !directives(meta!).includes(d));
      expect(directives(header!).slice(0, directives(meta!).length), file).toEqual(directives(meta!));
      expect(extra, file).toEqual(embed ? [] : ["frame-ancestors 'none'"]);
    }
    expect(embeds).toBeGreaterThan(10);
  });

  it("caches /_astro/* for a year as immutable, revalidates everything else, and sends nosniff and a referrer policy everywhere", () => {
    const all = rules();
    const files = distFiles().filter((f) => f !== "_headers");
    expect(files.filter((f) => f.startsWith("_astro/")).length).toBeGreaterThan(5);
    for (const file of files) {
      const headers = headersFor(all, urlOf(file));
      expect(headers["cache-control"], file).toBe(file.startsWith("_astro/") ? IMMUTABLE : REVALIDATE);
      expect(headers["x-content-type-options"], file).toBe("nosniff");
      expect(headers["referrer-policy"], file).toBe("strict-origin-when-cross-origin");
    }
  });
});

describe("the GitHub Pages workflow", () => {
  const workflow = parseYaml(readFileSync(".github/workflows/pages.yml", "utf8"));
  interface Step {
    id?: string;
    uses?: string;
    run?: string;
    env?: Record<string, string>;
    with?: Record<string, string>;
  }
  const steps: Step[] = workflow.jobs.build.steps;

  it("builds on main and on release tags with SITE_URL and BASE_PATH from the repository's Pages settings and deploys dist/", () => {
    expect(workflow.on.push.branches).toContain("main");
    expect(workflow.permissions).toMatchObject({ pages: "write", "id-token": "write" });
    const pages = steps.find((s) => String(s.uses).startsWith("actions/configure-pages@"));
    expect(pages?.id).toBe("pages");
    const build = steps.find((s) => /\bnpm run build\b/.test(String(s.run)));
    expect(build?.env?.SITE_URL).toBe("${{ steps.pages.outputs.origin }}");
    expect(build?.env?.BASE_PATH).toBe("${{ steps.pages.outputs.base_path }}/");
    expect(steps.indexOf(pages!)).toBeLessThan(steps.indexOf(build!));
    // Every release tag too, into /v/<version>/, after the live build (which empties dist/).
    expect(workflow.on.push.tags).toContain("v*");
    const archive = steps.find((s) => /\bnpm run build:archive\b/.test(String(s.run)));
    expect(archive?.env).toEqual(build?.env);
    expect(steps.indexOf(archive!)).toBeGreaterThan(steps.indexOf(build!));
    const upload = steps.find((s) => String(s.uses).startsWith("actions/upload-pages-artifact@"));
    expect(upload?.with?.path).toBe("dist");
    expect(workflow.jobs.deploy.needs).toBe("build");
    expect(workflow.jobs.deploy.steps.some((s: { uses?: string }) => String(s.uses).startsWith("actions/deploy-pages@"))).toBe(true);
  });
});

describe("node scripts/serve.mjs (npm start)", () => {
  let origin = "";
  let child: ReturnType<typeof spawn> | undefined;
  beforeAll(async () => {
    child = spawn(process.execPath, ["scripts/serve.mjs", dist(), "--port", "0"], { stdio: ["ignore", "pipe", "inherit"] });
    origin = await new Promise<string>((resolve, reject) => {
      child!.stdout!.once("data", (chunk: Buffer) => resolve(String(chunk).trim().replace(/\/$/, "")));
      child!.once("exit", (code) => reject(new Error(`serve.mjs exited with ${code}`)));
    });
  });
  afterAll(() => void child?.kill());

  it("prints its URL and answers a page gzipped with the headers file's headers", async () => {
    expect(origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const response = await raw(`${origin}/essays/transfer/`, { "accept-encoding": "gzip" });
    expect(response.status).toBe(200);
    expect(response.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(response.headers["content-encoding"]).toBe("gzip");
    expect(response.headers.vary).toBe("Accept-Encoding");
    expect(response.headers["cache-control"]).toBe(REVALIDATE);
    expect(response.headers["content-security-policy"]).toMatch(/frame-ancestors 'none'$/);
    expect(response.headers["x-content-type-options"]).toBe("nosniff");
    expect(gunzipSync(response.body).toString("utf8")).toBe(readFileSync(join(dist(), "essays/transfer/index.html"), "utf8"));
  });

  it("answers brotli when allowed, immutable caching for /_astro/*, 304 on a matching ETag", async () => {
    const script = distFiles().find((f) => f.startsWith("_astro/") && f.endsWith(".js") && readFileSync(join(dist(), f)).length > 2000)!;
    const response = await raw(`${origin}/${script}`, { "accept-encoding": "br;q=1, gzip;q=0.5" });
    expect(response.headers["content-encoding"]).toBe("br");
    expect(response.headers["content-type"]).toBe("text/javascript; charset=utf-8");
    expect(response.headers["cache-control"]).toBe(IMMUTABLE);
    expect(brotliDecompressSync(response.body).equals(readFileSync(join(dist(), script)))).toBe(true);
    const plain = await raw(`${origin}/${script}`, { "accept-encoding": "identity" });
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.equals(readFileSync(join(dist(), script)))).toBe(true);
    const again = await raw(`${origin}/${script}`, { "accept-encoding": "br", "if-none-match": String(response.headers.etag) });
    expect(again.status).toBe(304);
  });

  it("serves 404.html with status 404, redirects a directory to its slash, and hides _headers", async () => {
    const missing = await fetch(`${origin}/essays/no-such-essay/`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toBe(readFileSync(join(dist(), "404.html"), "utf8"));
    const bare = await fetch(`${origin}/essays/transfer`, { redirect: "manual" });
    expect(bare.status).toBe(301);
    expect(bare.headers.get("location")).toBe("/essays/transfer/");
    expect((await fetch(`${origin}/_headers`)).status).toBe(404);
  });
});
