import { describe, expect, it } from "vitest";
import { compactMathml, renderMath, renderMathWithValues } from "../../src/render/math.ts";

describe("renderMath (KaTeX, MathML only)", () => {
  it("gives one <math> per formula with no HTML copy, the TeX kept in data-tex", () => {
    const html = renderMath("\\frac{a}{b} < c");
    expect(html).toBe(
      '<span class="katex" data-tex="\\frac{a}{b} &lt; c"><math xmlns="http://www.w3.org/1998/Math/MathML"><mfrac><mi>a</mi><mi>b</mi></mfrac><mo>&lt;</mo><mi>c</mi></math></span>',
    );
  });

  it("wraps display math in .katex-display with a block <math>", () => {
    expect(renderMath("x", { display: true })).toMatch(
      /^<span class="katex-display"><span class="katex" data-tex="x"><math [^>]*display="block"><mi>x<\/mi><\/math><\/span><\/span>$/,
    );
  });

  it("keeps an inner <mrow> that does not span the whole formula", () => {
    const html =
      '<span class="katex"><math><semantics><mrow><mi>a</mi></mrow><mrow><mi>b</mi></mrow><annotation encoding="application/x-tex">ab</annotation></semantics></math></span>';
    expect(compactMathml(html)).toBe('<span class="katex" data-tex="ab"><math><mrow><mi>a</mi></mrow><mrow><mi>b</mi></mrow></math></span>');
  });
});

describe("renderMathWithValues", () => {
  it("marks each computed value as <mtext data-law-value>, escaped, and writes it into data-tex", () => {
    const html = renderMathWithValues("L = \\val{0} + x^{\\val{1}}", [
      { name: "loss", text: "1.94" },
      { name: "alpha", text: "<0.34>" },
    ]);
    expect(html).toContain('<mtext data-law-value="loss">1.94</mtext>');
    expect(html).toContain('<msup><mi>x</mi><mtext data-law-value="alpha">&lt;0.34&gt;</mtext></msup>');
    expect(html).toContain('data-tex="L = \\text{1.94} + x^{\\text{&lt;0.34&gt;}}"');
    expect(html).not.toContain("LAWVALUE");
  });

  it("fails with a fix when KaTeX merges a value into neighbouring text", () => {
    expect(() => renderMathWithValues("\\text{about }\\val{0}", [{ name: "loss", text: "1.94" }])).toThrow(/computed value loss must stand alone/);
  });
});
