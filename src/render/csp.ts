/**
 * Content-Security-Policy pieces the config needs. Plot writes a <style> element into every
 * figure; with a fixed className its text is deterministic, so its sha256 hash can be allowed
 * once (build pages and browser re-renders alike) instead of allowing inline styles.
 */
import { createHash } from "node:crypto";
import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";
import { PLOT_CLASS } from "../models/figure.ts";

/**
 * sha256 hashes of every <style> Plot can write for our className: a plain figure and one with a
 * swatch legend. (Ramp legends draw on a canvas, which a server DOM lacks: figures cannot use them.)
 */
export function plotStyleHashes(): `sha256-${string}`[] {
  const { document } = parseHTML("<!doctype html><html><body></body></html>");
  const doc = document as unknown as Document;
  const samples = [
    Plot.plot({ className: PLOT_CLASS, document: doc, marks: [Plot.dot([{ x: 1, y: 1 }], { x: "x", y: "y" })] }),
    Plot.plot({
      className: PLOT_CLASS,
      document: doc,
      color: { legend: true, domain: ["a", "b"] },
      marks: [Plot.dot([{ x: 1, y: 1, c: "a" }], { x: "x", y: "y", fill: "c" })],
    }),
  ] as unknown as Element[];
  const texts = new Set<string>();
  for (const node of samples) for (const style of node.querySelectorAll("style")) texts.add(style.textContent ?? "");
  return [...texts].map((t) => `sha256-${createHash("sha256").update(t).digest("base64")}` as const);
}

/** The CSP hash of an inline script's exact text. */
export function scriptHash(text: string): `sha256-${string}` {
  return `sha256-${createHash("sha256").update(text).digest("base64")}`;
}
