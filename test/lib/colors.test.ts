import { describe, expect, it } from "vitest";
import { customProperties, LIGHT_PALETTE, resolveCssVariables } from "../../src/lib/colors.ts";

describe("customProperties (a stylesheet rule's custom properties)", () => {
  const css = `:root {\n  --a: #111;\n  --b: rgba(1, 2, 3, 0.5);\n  color-scheme: light;\n}\n@media screen {\n  :root[data-theme="dark"] {\n    --a: #eee;\n  }\n}\n@media print {\n  :root:root {\n    --a: #000;\n  }\n}\n`;

  it("reads the rule with exactly that selector, nested or not", () => {
    expect(customProperties(css, ":root")).toEqual({ "--a": "#111", "--b": "rgba(1, 2, 3, 0.5)" });
    expect(customProperties(css, ':root[data-theme="dark"]')).toEqual({ "--a": "#eee" });
    expect(customProperties(css, ":root:root")).toEqual({ "--a": "#000" });
  });

  it("does not take a longer selector for a shorter one, and names a missing rule", () => {
    expect(() => customProperties(css.replace(":root {", ".page {"), ":root")).toThrow(/no ":root \{ … \}" rule/);
  });
});

describe("resolveCssVariables", () => {
  it("puts the light palette's hex in place of var(--name), with or without a fallback", () => {
    expect(resolveCssVariables('fill="var(--series-1)" stroke="var(--plot-fg, #000)" x="var(--unknown)"')).toBe(
      `fill="${LIGHT_PALETTE["--series-1"]}" stroke="${LIGHT_PALETTE["--plot-fg"]}" x="var(--unknown)"`,
    );
  });
});
