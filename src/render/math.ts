/**
 * KaTeX at build, one set of options for every page: MathML only (`output: "mathml"`). MathML
 * Core renders natively in current Chromium, Firefox and Safari and is what screen readers read;
 * KaTeX's HTML output drew the same formula again as ~8 nested spans per symbol (the Kaplan
 * essay's math was 2,206 elements of HTML beside 917 of MathML; `npm run bench` measures pages).
 * Display math is wrapped in `<span class="katex-display">`, as KaTeX's HTML output did, so the
 * page's styles and the scrollable-region treatment (rehype-scrollable) find it.
 */
import katex from "katex";

export const KATEX_OPTIONS = { output: "mathml" } as const;

export interface MathOptions {
  display?: boolean;
}

/** Render TeX as MathML; throws KaTeX's ParseError on bad TeX. */
export function renderMath(tex: string, { display = false }: MathOptions = {}): string {
  const html = katex.renderToString(tex, {
    ...KATEX_OPTIONS,
    displayMode: display,
    throwOnError: true,
    strict: "ignore",
  });
  const compact = compactMathml(html);
  return display ? `<span class="katex-display">${compact}</span>` : compact;
}

/**
 * KaTeX wraps each formula in <semantics><mrow>…</mrow><annotation>TeX</annotation></semantics>:
 * three elements per formula that change nothing drawn or read (<math> is itself a row). The
 * TeX source moves to the wrapper's data-tex attribute and the formula's row becomes <math>'s
 * own content. The rehype plugin (rehype-scrollable) does the same to the essays' $…$ math.
 */
export function compactMathml(html: string): string {
  const m =
    /^(<span class="katex">)(<math[^>]*>)<semantics>([\s\S]*)<annotation encoding="application\/x-tex">([\s\S]*)<\/annotation><\/semantics>(<\/math><\/span>)$/.exec(
      html,
    );
  if (!m) return html;
  const [, span, math, body, tex, end] = m;
  return `${span!.replace(">", ` data-tex="${tex!.replace(/"/g, "&quot;")}">`)}${math}${unwrapRow(body!)}${end}`;
}

/** `<mrow>X</mrow>` → X when that mrow spans the whole string. */
function unwrapRow(body: string): string {
  if (!body.startsWith("<mrow>") || !body.endsWith("</mrow>")) return body;
  let depth = 0;
  for (const tag of body.matchAll(/<(\/?)mrow[\s>]/g)) {
    depth += tag[1] ? -1 : 1;
    if (depth === 0 && tag.index! + "</mrow>".length < body.length) return body;
  }
  return body.slice("<mrow>".length, -"</mrow>".length);
}

/**
 * Computed values inside math: each `\val{name}` of an <Equation> becomes a marked
 * <mtext data-law-value="name"> that islands update as text. KaTeX's MathML output drops
 * `\htmlData` attributes, so each value goes in as a placeholder token and is put back after.
 */
export function renderMathWithValues(tex: string, values: { name: string; text: string; reads?: readonly string[] }[], options: MathOptions = {}): string {
  const token = (i: number) => `LAWVALUE${i}Z`;
  let html = renderMath(
    tex.replace(/\\val\{(\d+)\}/g, (_, i: string) => `\\text{${token(Number(i))}}`),
    options,
  );
  values.forEach(({ name, text, reads }, i) => {
    const mark = `<mtext>${token(i)}</mtext>`;
    if (!html.includes(mark))
      throw new Error(
        `computed value ${name} must stand alone in its formula (KaTeX merged it into a neighbouring \\text); put it in a group of its own, e.g. {\\val{${name}}}`,
      );
    html = html
      .replace(mark, `<mtext data-law-value="${escapeHtml(name)}"${reads ? ` data-reads="${escapeHtml(reads.join(" "))}"` : ""}>${escapeHtml(text)}</mtext>`)
      .replaceAll(`\\text{${token(i)}}`, `\\text{${escapeHtml(text)}}`);
  });
  return html;
}

const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
