/**
 * The text twin of an essay for machines and plain-text readers: `/essays/<slug>.md`, generated at
 * build from the essay's MDX and the same model the page uses, at the default parameters.
 * Every component becomes text: <Value>/<Param> → the formatted number, <Equation> → TeX with
 * its \val{…} numbers filled in, <Figure> → its title, caption, description and links to its page
 * and data files, <Ref> → "Figure 2" / "equation (1)", <Quote> → the quotation with its source
 * and place. A component this file does not know fails the build (so a twin never shows raw JSX).
 * `/llms.txt` lists the essays and their twins.
 */
import { formatNumber } from "../lib/format.ts";
import { sources, type Source } from "../laws/index.ts";
import { formatParam } from "../models/params.ts";
import { essayContext, resolve } from "../components/context.ts";

export interface TwinEssay {
  id: string;
  title: string;
  summary: string;
  published: Date;
  updated?: Date | undefined;
  authors: string[];
  sources: string[];
  body: string;
}

export interface TwinSite {
  /** Canonical origin + base, ending in "/": https://example.org/sub/ */
  root: string;
  version: string;
}

const day = (d: Date) => d.toISOString().slice(0, 10);

/** Attributes of a JSX tag: name="text" (and bare flags as "true"). */
function attributes(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of text.matchAll(/([\w-]+)(?:=(?:"([^"]*)"|'([^']*)'|\{([^}]*)\}))?/g)) out[m[1]!] = m[2] ?? m[3] ?? m[4] ?? "true";
  return out;
}

function reference(s: Source): string {
  return `${s.authors.join(", ")} (${s.year}). ${s.title}${/[.?!]$/.test(s.title) ? "" : "."}${s.venue ? ` ${s.venue}.` : ""}${s.arxiv ? ` arXiv:${s.arxiv}, https://arxiv.org/abs/${s.arxiv}` : s.url ? ` ${s.url}` : ""}`;
}

export function essayMarkdown(essay: TwinEssay, modelName: string | undefined, site: TwinSite): string {
  const where = `[essay ${essay.id}] Markdown twin`;
  // The same context and name checks as the page's components: a misspelt name fails with the
  // same message whichever of the page and its twin the build renders first.
  const ctx = essayContext(essay.id, modelName, essay.body);
  const model = ctx?.model;
  const params = ctx?.params ?? {};
  const figureOrder = ctx?.figureOrder ?? [];
  const equationOrder = ctx?.equationOrder ?? [];
  const page = `${site.root}essays/${essay.id}/`;

  /** As <Value> (and \val) write it, or with `param`, as <Param> does. */
  const number = (raw: string, param = false, component = param ? "Param" : "Value"): string => {
    const name = resolve(ctx, component, param ? "parameter" : "value", raw, essay.id);
    const value = param ? undefined : model!.values[name];
    if (value) return formatNumber(value.compute(params), value.format);
    const spec = model!.params[name]!;
    return param ? formatParam(spec, params[name]!) : formatNumber(params[name]!, spec.format);
  };

  const figure = (raw: string): string => {
    const name = resolve(ctx, "Figure", "figure", raw, essay.id);
    const spec = model!.figures[name]!;
    const rows = spec.compute(params);
    const n = figureOrder.indexOf(name) + 1;
    const caption = typeof spec.caption === "function" ? spec.caption(params) : spec.caption;
    const base = `${site.root}figures/${model!.name}/${name}/`;
    return [
      `**Figure ${n}. ${spec.title}.** ${caption ?? ""}`.trim(),
      "",
      `Description: ${spec.describe(rows, params)}`,
      "",
      `Figure page: ${base} · data: ${base}figure.csv, ${base}figure.json · image: ${base}figure.svg`,
    ].join("\n");
  };

  let text = essay.body.replace(/^import\s.*$/gm, "");
  // Quotations (with children) first, then the self-closing components.
  text = text.replace(/<Quote\b([^>]*)>([\s\S]*?)<\/Quote>/g, (_, attrs: string, inner: string) => {
    const a = attributes(attrs);
    const work = (sources as Record<string, Source>)[a.source ?? ""];
    if (!work) throw new Error(`${where}: <Quote source="${a.source}"> names no source`);
    const who = a.by ?? work.authors.join(", ");
    const words = inner.trim().replace(/\s+/g, " ");
    return a.block === "true" || a.block === "" ? `\n> ${words}\n>\n> — ${who}, ${work.title}, ${a.at}\n` : `“${words}” (${who}, ${work.title}, ${a.at})`;
  });
  text = text.replace(/<([A-Z]\w*)\b((?:[^>"']|"[^"]*"|'[^']*')*?)\/>/g, (whole, tag: string, attrs: string) => {
    const a = attributes(attrs);
    switch (tag) {
      case "Value":
        return number(a.name ?? "");
      case "Param":
        return number(a.name ?? "", true);
      case "Figure":
        return `\n${figure(a.name ?? "")}\n`;
      case "Ref":
        if (a.figure && figureOrder.includes(a.figure)) return `Figure ${figureOrder.indexOf(a.figure) + 1}`;
        if (a.equation && equationOrder.includes(a.equation)) return `equation (${equationOrder.indexOf(a.equation) + 1})`;
        throw new Error(`${where}: <Ref${attrs}/> names no figure or numbered equation of this essay (the page's <Ref> says which)`);
      case "Equation": {
        const tex = (a.tex ?? "").replace(/\\val\{([^}]*)\}/g, (_m, name: string) => `\\text{${number(name.trim(), false, "Equation")}}`);
        const n = a.id ? equationOrder.indexOf(a.id) + 1 : 0;
        if (a.display === "false") return `$${tex}$`;
        return `\n$$\n${tex}${n ? ` \\tag{${n}}` : ""}\n$$\n`;
      }
      case "Refit":
        return `\n(On the web page, ${page}, the reader can refit the Chinchilla law to the extracted data in the browser.)\n`;
      case "TransferFit":
        return `\n(On the web page, ${page}, the reader can edit the table and refit the transfer law in the browser.)\n`;
      default:
        throw new Error(`${where}: <${tag}> has no text form; teach src/render/markdown-twin.ts to write it (${whole.slice(0, 60)})`);
    }
  });
  const left = /<\/?[A-Z]\w*[^>]*>/.exec(text);
  if (left) throw new Error(`${where}: a component was left in the text: ${left[0].slice(0, 80)}; teach src/render/markdown-twin.ts to write it`);
  text = text.replace(/\n{3,}/g, "\n\n").trim();

  const refs = essay.sources.map((id) => (sources as Record<string, Source>)[id]).filter((s): s is Source => !!s);
  const head = [
    `# ${essay.title}`,
    "",
    `> ${essay.summary}`,
    "",
    `By ${essay.authors.join(", ")}. Published ${day(essay.published)}${essay.updated ? `, updated ${day(essay.updated)}` : ""}. Site version ${site.version}.`,
    `Web page (interactive): ${page}`,
    model
      ? `Every number below is computed by the site's model (src/models/${model.name}/) at its default parameters (${model.paramNames.map((n) => `${model.params[n]!.label} = ${number(n, true)}`).join("; ")}); the web page recomputes them when a reader changes a parameter.`
      : "",
  ].filter((line, i, all) => line !== "" || all[i - 1] !== "");
  return `${[...head, "", text, "", "## References", "", ...refs.map((s, i) => `${i + 1}. ${reference(s)}`), ""].join("\n")}`;
}

/** /llms.txt (llmstxt.org): the site in a paragraph, then each essay with its Markdown twin. */
export function llmsTxt(essays: { id: string; title: string; summary: string }[], site: TwinSite & { description: string }): string {
  return [
    "# Scaling Laws, Computed",
    "",
    `> ${site.description}`,
    "",
    `Every number and figure is computed by one TypeScript law module at build time (site version ${site.version}). Each essay has a Markdown version with the numbers at their default parameters, the figure descriptions and the references.`,
    "",
    "## Essays",
    "",
    ...essays.map((e) => `- [${e.title}](${site.root}essays/${e.id}.md): ${e.summary}`),
    "",
    "## Reference",
    "",
    `- [The law module](${site.root}laws/): every law, its formula, units, domain and source; as an ES module at ${site.root}laws/latest.mjs`,
    `- [Figures](${site.root}figures/): every figure with its page, citation and data (CSV, JSON)`,
    `- [Bibliography](${site.root}bibliography/)`,
    `- [Version](${site.root}version.json)`,
    "",
  ].join("\n");
}
