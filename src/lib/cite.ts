/**
 * Citations of a figure (or an essay) in an exact state: BibTeX, plain text and CSL-JSON, with
 * the site version, the parameter values and a permalink that reproduces it. Pure: used at build
 * and in the browser (where the panel updates as parameters change).
 */
export interface CiteInput {
  /** Canonical origin + base, e.g. "https://example.org/". */
  site: string;
  version: string;
  /** "transfer/effective-data" for a figure; "essays/transfer" for an essay. */
  path: string;
  title: string;
  authors: string[];
  /** YYYY (of the version's build). */
  year: string;
  /** Non-default parameter values, already formatted for the URL. */
  query: Record<string, string>;
  /** Human-readable parameter values, e.g. "model scale = 10×". */
  paramText: string[];
  /** YYYY-MM-DD the reader accessed it; omitted in files so they stay reproducible. */
  accessed?: string;
  kind: "figure" | "essay";
}

export const SITE_NAME = "Scaling Laws, Computed";

export function citeUrl(input: Pick<CiteInput, "site" | "path" | "query" | "version" | "kind">): string {
  const base = input.site.endsWith("/") ? input.site : `${input.site}/`;
  const path = input.kind === "figure" ? `figures/${input.path}/` : `${input.path}/`;
  const query = new URLSearchParams({ ...input.query, v: input.version });
  return `${base}${path}?${query.toString()}`;
}

function bibEscape(text: string): string {
  return text.replace(/([{}&%$#_])/g, "\\$1").replace(/~/g, "\\textasciitilde{}");
}

/** A BibTeX key from the path and the state, stable for the same figure and parameters. */
export function citeKey(input: CiteInput): string {
  const state = Object.entries(input.query)
    .map(([k, v]) => `${k}=${v}`)
    .join("&");
  let h = 2166136261;
  for (const c of `${input.path}?${state}@${input.version}`) h = Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0;
  return `slc-${input.path.replace(/[^a-z0-9]+/gi, "-")}-${h.toString(36)}`;
}

export function citeBibtex(input: CiteInput): string {
  const url = citeUrl(input);
  const note = [`Version ${input.version}`, input.paramText.length ? `parameters: ${input.paramText.join("; ")}` : "default parameters"].join("; ");
  const author = input.kind === "figure" ? `{${SITE_NAME}}` : input.authors.map(bibEscape).join(" and ");
  const fields: [string, string][] = [
    ["title", `{${bibEscape(input.title)}}`],
    ["author", `{${author}}`],
    ["year", `{${input.year}}`],
    ["publisher", `{${SITE_NAME}}`],
    ["version", `{${input.version}}`],
    ["url", `{${url}}`],
    ["howpublished", `{\\url{${url}}}`],
    ["note", `{${bibEscape(note)}}`],
    ["license", "{CC BY 4.0}"],
  ];
  if (input.accessed) fields.push(["urldate", `{${input.accessed}}`]);
  return `@misc{${citeKey(input)},\n${fields.map(([k, v]) => `  ${k} = ${v}`).join(",\n")}\n}`;
}

export function citeText(input: CiteInput): string {
  const who = input.kind === "figure" ? SITE_NAME : input.authors.join(", ");
  const params = input.paramText.length ? ` Parameters: ${input.paramText.join("; ")}.` : " Default parameters.";
  const accessed = input.accessed ? ` Accessed ${input.accessed}.` : "";
  return `${who} (${input.year}). ${input.title}. ${SITE_NAME}, version ${input.version}.${params} ${citeUrl(input)}${accessed} CC BY 4.0.`;
}

export function citeCsl(input: CiteInput): Record<string, unknown> {
  const [y, m, d] = (input.accessed ?? "").split("-").map(Number);
  return {
    id: citeKey(input),
    type: input.kind === "figure" ? "figure" : "article",
    title: input.title,
    author: input.kind === "figure" ? [{ literal: SITE_NAME }] : input.authors.map((a) => ({ literal: a })),
    issued: { "date-parts": [[Number(input.year)]] },
    publisher: SITE_NAME,
    version: input.version,
    URL: citeUrl(input),
    note: input.paramText.length ? `Parameters: ${input.paramText.join("; ")}` : "Default parameters",
    license: "CC BY 4.0",
    ...(input.accessed ? { accessed: { "date-parts": [[y, m, d]] } } : {}),
  };
}
