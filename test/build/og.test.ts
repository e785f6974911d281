/**
 * Social cards: every essay declares OpenGraph/Twitter meta with absolute URLs on the canonical
 * origin (SITE_URL), and its og:image is a 1200×630 PNG in dist drawn from the essay's lead
 * figure with resolved colours (decoded here: the figure's series colours are in the pixels).
 * Every other page declares the default card.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { inflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { LIGHT_PALETTE } from "../../src/lib/colors.ts";
import { siteUrlFromEnv } from "../../src/lib/site-url.ts";
import { getCollection } from "./collection.ts";
import { dist, htmlPages, readPage } from "./html.ts";

// The global setup builds with the test process's environment, so this is the build's origin.
const { site, base } = siteUrlFromEnv(process.env);
const origin = new URL(site).origin;
const meta = (doc: Document, key: string) => doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute("content") ?? undefined;

/** Decode an 8-bit RGB/RGBA non-interlaced PNG (what resvg writes): size and pixels. */
function decodePng(bytes: Buffer): { width: number; height: number; pixel: (x: number, y: number) => [number, number, number] } {
  expect(bytes.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
  expect(bytes.subarray(12, 16).toString("latin1")).toBe("IHDR");
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  const [depth, colour, , , interlace] = bytes.subarray(24, 29);
  expect({ depth, interlace }).toEqual({ depth: 8, interlace: 0 });
  const channels = colour === 6 ? 4 : colour === 2 ? 3 : NaN;
  expect(channels, `PNG colour type ${colour}`).not.toBeNaN();
  const idat: Buffer[] = [];
  for (let at = 8; at < bytes.length; ) {
    const length = bytes.readUInt32BE(at);
    if (bytes.subarray(at + 4, at + 8).toString("latin1") === "IDAT") idat.push(bytes.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const out = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    for (let i = 0; i < stride; i++) {
      const x = raw[y * (stride + 1) + 1 + i]!;
      const a = i >= channels ? out[y * stride + i - channels]! : 0;
      const b = y > 0 ? out[(y - 1) * stride + i]! : 0;
      const c = y > 0 && i >= channels ? out[(y - 1) * stride + i - channels]! : 0;
      const p = a + b - c;
      const paeth = Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
      const predictor = [0, a, b, (a + b) >> 1, paeth][filter];
      if (predictor === undefined) throw new Error(`bad PNG filter ${filter}`);
      out[y * stride + i] = (x + predictor) & 0xff;
    }
  }
  return { width, height, pixel: (x, y) => [out[y * stride + x * channels]!, out[y * stride + x * channels + 1]!, out[y * stride + x * channels + 2]!] };
}

const hex = (name: string) => {
  const h = LIGHT_PALETTE[name]!;
  return [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16));
};

describe("OpenGraph and Twitter cards", async () => {
  const essays = (await getCollection()).filter((e) => !e.draft);

  it.each(essays.map((e) => [e.id, e] as const))("essay %s has its card meta with absolute canonical URLs", (id, essay) => {
    const doc = readPage(`/essays/${id}/`);
    const canonical = doc.querySelector('link[rel="canonical"]')!.getAttribute("href")!;
    expect(canonical).toBe(`${origin}${base}essays/${id}/`);
    expect(meta(doc, "og:type")).toBe("article");
    expect(meta(doc, "og:title")).toBe(essay.title);
    expect(meta(doc, "og:description")).toBe(essay.summary);
    expect(meta(doc, "og:url")).toBe(canonical);
    expect(meta(doc, "og:image")).toBe(`${origin}${base}og/${id}.png`);
    expect(meta(doc, "og:image:width")).toBe("1200");
    expect(meta(doc, "og:image:height")).toBe("630");
    expect(meta(doc, "og:image:alt")).toBeTruthy();
    expect(meta(doc, "article:published_time")).toBe(essay.published);
    expect(meta(doc, "twitter:card")).toBe("summary_large_image");
    expect(meta(doc, "twitter:title")).toBe(essay.title);
    expect(meta(doc, "twitter:image")).toBe(meta(doc, "og:image"));
  });

  it.each(essays.map((e) => [e.id] as const))("essay %s's card is a 1200×630 PNG of its lead figure in the light palette", (id) => {
    const png = decodePng(readFileSync(join(dist(), "og", `${id}.png`)));
    expect([png.width, png.height]).toEqual([1200, 630]);
    // Count the pixels by colour (exact: resvg draws flat fills; lines are 1.5 px so their cores are exact).
    const counts = new Map<string, number>();
    // Below the card's series-1 top rule (10 px), so only the figure can supply series colours.
    for (let y = 20; y < png.height; y++)
      for (let x = 0; x < png.width; x++) {
        const key = png.pixel(x, y).join(",");
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    const count = (name: string) => counts.get(hex(name).join(",")) ?? 0;
    // The light background fills most of the card (never a dark one: colours resolved, not inherited).
    expect(count("--plot-bg") / (1200 * 610)).toBeGreaterThan(0.5);
    // Every lead figure draws in series-1 or series-2; unresolved var(--series-n) would draw black or nothing.
    expect(count("--series-1") + count("--series-2"), "series-coloured pixels").toBeGreaterThan(200);
  });

  it("every other page declares the default card", () => {
    const pages = htmlPages().filter((f) => !f.startsWith("essays/") && !f.includes("/embed/"));
    expect(pages.length).toBeGreaterThan(5);
    for (const file of pages) {
      const doc = readPage(file);
      const label = `${file}`;
      expect(meta(doc, "og:type"), label).toBe("website");
      expect(meta(doc, "og:image"), label).toBe(`${origin}${base}og/site.png`);
      expect(meta(doc, "og:url"), label).toBe(doc.querySelector('link[rel="canonical"]')!.getAttribute("href"));
      expect(meta(doc, "og:title"), label).toBeTruthy();
      expect(meta(doc, "og:description"), label).toBeTruthy();
      expect(meta(doc, "twitter:card"), label).toBe("summary_large_image");
    }
    const png = decodePng(readFileSync(join(dist(), "og", "site.png")));
    expect([png.width, png.height]).toEqual([1200, 630]);
    expect(png.pixel(600, 300)).toEqual(hex("--plot-bg"));
  });
});
