/**
 * Canonical SVG (src/render/normalize.ts): what the build-vs-browser parity test and the
 * permalink hashes compare. It must erase what does not matter (attribute order, style order,
 * float noise below 1e−3, whitespace between tags) and keep everything that does.
 */
import { describe, expect, it } from "vitest";
import { models } from "../../src/models/index.ts";
import { normaliseSvg, svgHash } from "../../src/render/normalize.ts";
import { renderFigureHtml } from "../../src/render/plot.ts";

describe("normaliseSvg", () => {
  it("sorts attributes", () => {
    expect(normaliseSvg(`<svg width="10" height="5" viewBox="0 0 10 5"></svg>`)).toBe(normaliseSvg(`<svg viewBox="0 0 10 5" height="5" width="10"></svg>`));
    expect(normaliseSvg(`<svg width="10" height="5"></svg>`)).toBe(`<svg height="5" width="10"></svg>`);
  });

  it("sorts style declarations and normalises their spacing and quotes", () => {
    const a = normaliseSvg(`<svg style="font-family: &quot;Noto Sans&quot;, sans-serif; color: red ;"></svg>`);
    const b = normaliseSvg(`<svg style="color:red;font-family:'Noto Sans', sans-serif"></svg>`);
    expect(a).toBe(b);
    expect(a).toBe(`<svg style="color:red;font-family:'Noto Sans', sans-serif"></svg>`);
  });

  it("rounds decimals to 3 places in attributes and text, and leaves integers alone", () => {
    expect(normaliseSvg(`<svg><path d="M0.12349,10.5L640,379.99951"></path><text>0.07623</text></svg>`)).toBe(
      `<svg><path d="M0.123,10.5L640,380"></path><text>0.076</text></svg>`,
    );
    // A difference of 1e−3 or more survives.
    expect(normaliseSvg(`<svg><path d="M10.1234,0"></path></svg>`)).not.toBe(normaliseSvg(`<svg><path d="M10.1246,0"></path></svg>`));
  });

  it("drops whitespace between tags and collapses it inside text", () => {
    expect(normaliseSvg(`<svg>\n  <g>\n    <text>  70B\n params </text>\n  </g>\n</svg>`)).toBe(`<svg><g><text>70B params</text></g></svg>`);
  });

  it("escapes &, < and quotes so the output is well-formed, and is idempotent", () => {
    const out = normaliseSvg(`<svg aria-label="a &quot;b&quot; &amp; c"><text>x&lt;y&amp;z</text></svg>`);
    expect(out).toBe(`<svg aria-label="a &quot;b&quot; &amp; c"><text>x&lt;y&amp;z</text></svg>`);
    expect(normaliseSvg(out)).toBe(out);
  });

  it('keeps the spaces around an entity in text ("x &lt; y" is not "x&lt;y")', () => {
    // linkedom splits "x &lt; y" into the text nodes "x ", "<", " y"; each is trimmed on its own today,
    // so the spaces vanish and "x < y" normalises equal to "x<y".
    expect(normaliseSvg(`<svg><text>x &lt; y &amp; z</text></svg>`)).toBe(`<svg><text>x &lt; y &amp; z</text></svg>`);
    expect(normaliseSvg(`<svg><text>A &amp; B</text></svg>`)).not.toBe(normaliseSvg(`<svg><text>A&amp;B</text></svg>`));
  });

  it("returns '' for input without an element", () => {
    expect(normaliseSvg("")).toBe("");
    expect(normaliseSvg("just text")).toBe("");
  });

  it("keeps differences in text, structure and colour", () => {
    const base = `<svg><g fill="var(--series-1)"><text>70B</text></g></svg>`;
    expect(normaliseSvg(base.replace("70B", "7B"))).not.toBe(normaliseSvg(base));
    expect(normaliseSvg(base.replace("--series-1", "--series-2"))).not.toBe(normaliseSvg(base));
    expect(normaliseSvg(base.replace("<g ", "<a "))).not.toBe(normaliseSvg(base.replace("<g ", "<g ")));
  });
});

describe("svgHash", () => {
  it("is 16 hex digits, equal for equivalent SVGs and different otherwise", () => {
    const h = svgHash(`<svg width="1" height="2"></svg>`);
    expect(h).toMatch(/^[0-9a-f]{16}$/);
    expect(svgHash(`<svg height="2"  width="1"></svg>`)).toBe(h);
    expect(svgHash(`<svg height="2" width="3"></svg>`)).not.toBe(h);
  });
});

describe.each(Object.values(models).flatMap((m) => Object.keys(m.figures).map((f) => [m.name, f] as const)))("model %s, figure %s", (modelName, figure) => {
  const model = models[modelName]!;

  it("renders to the same canonical SVG and hash whatever was rendered before", () => {
    const first = renderFigureHtml(model, figure, model.defaults).html;
    // Advance Plot's id counter with other renders (a broken sibling figure fails its own test, not this one).
    for (const m of Object.values(models)) {
      for (const other of Object.keys(m.figures)) {
        try {
          renderFigureHtml(m, other, m.defaults);
        } catch {}
      }
    }
    const again = renderFigureHtml(model, figure, model.defaults).html;
    expect(normaliseSvg(again)).toBe(normaliseSvg(first));
    expect(svgHash(again)).toBe(svgHash(first));
    expect(normaliseSvg(first).length).toBeGreaterThan(500);
  });

  it("hashes differently when a parameter it uses moves to the far end of its range", () => {
    const uses = model.figures[figure]!.uses ?? model.paramNames;
    const at = svgHash(renderFigureHtml(model, figure, model.defaults).html);
    const moved = uses.filter((name) => {
      const p = model.params[name]!;
      // The end further from the default (in log units on log scales), so a default at max still moves.
      const far =
        p.scale === "log"
          ? Math.log(p.max / p.default) >= Math.log(p.default / p.min)
            ? p.max
            : p.min
          : p.max - p.default >= p.default - p.min
            ? p.max
            : p.min;
      return svgHash(renderFigureHtml(model, figure, { ...model.defaults, [name]: far }).html) !== at;
    });
    // The hash sees a change of what the figure draws. (Not every declared parameter must move it:
    // over-declaring `uses` costs a re-render, not a stale figure; test/models/define.test.ts checks the other way.)
    if (uses.length) expect(moved.length, `no parameter in ${JSON.stringify(uses)} changes the hash`).toBeGreaterThan(0);
    else
      expect(
        model.paramNames.filter((name) => svgHash(renderFigureHtml(model, figure, { ...model.defaults, [name]: model.params[name]!.max }).html) !== at),
        "a figure with uses: [] is static",
      ).toEqual([]);
  });
});
