/**
 * Figure and text colours keep their contrast in both themes (WCAG 2.1 relative luminance):
 * body text and figure text ≥ 4.5:1 against the page (1.4.3), series colours, which label lines
 * directly, ≥ 4.5:1 as well, and muted strokes ≥ 3:1 (1.4.11, graphical objects). axe checks
 * the HTML text; figure SVGs are hidden from it, so this test covers them. The palettes are
 * written once each: the light palette used in downloads must equal the stylesheet's, the dark
 * theme's two rules (chosen on the page, or by the OS) must agree, and paper repeats nothing.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { customProperties, LIGHT_PALETTE } from "../../src/lib/colors.ts";

const css = readFileSync(new URL("../../src/styles/global.css", import.meta.url), "utf8");

const block = (selector: string) => customProperties(css, selector);

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
}

const themes = { light: block(":root"), dark: block(':root[data-theme="dark"]') };

describe.each(Object.entries(themes))("%s theme", (_, vars) => {
  const bg = vars["--plot-bg"]!;
  it("keeps text and figure text at ≥ 4.5:1", () => {
    for (const name of ["--fg", "--fg-soft", "--link", "--plot-fg", "--param-fg", "--value-fg", "--danger"])
      expect(contrast(vars[name]!, vars["--bg"]!), name).toBeGreaterThanOrEqual(4.5);
    for (const n of [1, 2, 3, 4, 5, 6]) expect(contrast(vars[`--series-${n}`]!, bg), `--series-${n}`).toBeGreaterThanOrEqual(4.5);
  });
  it("keeps muted strokes and grid-adjacent marks at ≥ 3:1", () => {
    expect(contrast(vars["--plot-muted"]!, bg)).toBeGreaterThanOrEqual(3);
    expect(contrast(vars["--param-fg"]!, vars["--param-bg"]!)).toBeGreaterThanOrEqual(4.5);
  });
});

it("uses the stylesheet's light palette in downloaded files", () => {
  for (const [name, value] of Object.entries(LIGHT_PALETTE)) expect(themes.light[name], name).toBe(value);
});

it("repeats the dark palette identically for the OS preference", () => {
  expect(block(':root:not([data-theme="light"])')).toEqual(themes.dark);
});

it("keeps the dark theme to screens, so paper starts from the light palette", () => {
  expect(css).toMatch(/@media screen \{\s*:root\[data-theme="dark"\] \{/);
  expect(css).toMatch(/@media screen and \(prefers-color-scheme: dark\) \{\s*:root:not\(\[data-theme="light"\]\) \{/);
});

it("changes on paper only what differs from the light palette (no copied palette)", () => {
  const paper = block(":root:root");
  expect(Object.keys(paper).length).toBeGreaterThan(0);
  for (const [name, value] of Object.entries(paper)) {
    expect(themes.light[name], `${name} is not a light-theme property`).toBeDefined();
    expect(value, `${name} repeats the light theme's value`).not.toBe(themes.light[name]);
  }
});
