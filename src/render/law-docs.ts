/**
 * The prose of the laws reference, read from the law module's JSDoc: the one place a law is
 * described (editors' hovers, the published module /laws/<version>.mjs and /laws/ all show the
 * same words). src/laws/meta.ts keeps only machine data (formula, call shape, symbols, examples,
 * outputs, presets, source ids). This file parses the raw source text at build: no TypeScript
 * compiler, just the conventions of src/laws/README.md ("Documenting a law"):
 *
 *     /**
 *      * One-sentence summary. Further description, `code`, {@link otherLaw}, "- " lists.
 *      * Source: arXiv 2203.15556 §3.3 eq 2 (the locator; required).
 *      * Domain: fitted on … (where the law was fitted or holds; optional).
 *      * @param options.params N, all parameters (count > 0).
 *      * @returns loss in nats per token.
 *      * @throws {RangeError|TypeError} for …
 *      *\/
 *     export function chinchillaLoss(…)
 *
 * Node and browser safe (pure string work); used at build only.
 */

/** What a law's JSDoc says, by part. Texts are single-spaced, with paragraphs split by "\n\n". */
export interface LawDoc {
  /** The exported name. */
  name: string;
  /** The file it is declared in (a key of the files passed to {@link lawDocs}). */
  file: string;
  /** The first sentence of the description. */
  summary: string;
  /** The whole description (summary included), paragraphs and "- " list items split by "\n\n". */
  description: string;
  /** The text after "Source:" (where in the work), or "" when the block has none. */
  source: string;
  /** The text after "Domain:" (where the law was fitted or holds), or "" when none. */
  domain: string;
  /** `@param` texts by name as written (`options.params`, `pfDays`, `preset`). */
  params: Record<string, string>;
  /** `@returns` text, or "". */
  returns: string;
  /** `@throws` text (the `{Type}` kept), or "". */
  throws: string;
  /** Field docs of the options interfaces in the same file (`/** … *\/ name?: type`), by field name: an argument without an `@param` line is described by its field. */
  fields: Record<string, string>;
}

/** What the JSDoc says about one argument: its `@param options.<name>` or `@param <name>` line, else its options field's doc; "" when neither. */
export function argText(doc: LawDoc, name: string): string {
  return doc.params[`options.${name}`] ?? doc.params[name] ?? doc.fields[name] ?? "";
}

/** Every documented interface field of a file: `/** text *\/ [readonly] name[?]:`. */
export function fieldDocs(source: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of source.matchAll(/\/\*\*((?:[^*]|\*(?!\/))*)\*\/\s*(?:readonly\s+)?([A-Za-z_$][\w$]*)\??:/g)) {
    const name = m[2]!;
    if (!(name in out)) out[name] = paragraphs(m[1]!.split("\n").map((l) => l.replace(/^\s*\*?\s?/, "").trim()));
  }
  return out;
}

/** Abbreviations whose period does not end a sentence. */
const ABBREVIATIONS = /(?:^|[\s(])(?:al|e\.g|i\.e|Fig|Figs|eq|eqs|Eq|App|vs|cf|approx|resp|Sec|No|ca)$/;

/** The first sentence of a text: up to the first ". " (or "." at the end) outside `code` that does not end an abbreviation. */
export function firstSentence(text: string): string {
  let inCode = false;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === "`") inCode = !inCode;
    else if (inCode) continue;
    else if (c === "(") depth++;
    else if (c === ")") depth = Math.max(0, depth - 1);
    else if (c === "." && depth === 0 && (i === text.length - 1 || /\s/.test(text[i + 1]!)) && !ABBREVIATIONS.test(text.slice(0, i)))
      return text.slice(0, i + 1);
  }
  return text.trim();
}

/** Join wrapped lines into paragraphs: blank lines and "- " list items start a new one. */
function paragraphs(lines: string[]): string {
  const out: string[] = [];
  let current: string[] = [];
  const flush = () => {
    if (current.length) out.push(current.join(" "));
    current = [];
  };
  for (const raw of lines) {
    const line = raw.trim();
    if (line === "") flush();
    else if (/^[-*] /.test(line)) {
      flush();
      current.push(line);
    } else current.push(line);
  }
  flush();
  return out.join("\n\n");
}

/** Parse the body of one JSDoc comment (the text between the opening and the closing marks). */
export function parseJsDoc(comment: string): Omit<LawDoc, "name" | "file" | "fields"> {
  const lines = comment
    .split("\n")
    .map((l) => l.replace(/^\s*\*?\s?/, "").trimEnd())
    // Several tags on one line ("@param a …. @param b …") are several tags, and a "Source:" or
    // "Domain:" after a sentence ("/** Gopher: 280B parameters. Source: arXiv … */") starts its part.
    .flatMap((l) => l.split(/\s+(?=@(?:param|returns?|throws)\b)|(?<=[.;)])\s+(?=(?:Source|Domain):\s)/));
  const parts: { key: string; lines: string[] }[] = [{ key: "description", lines: [] }];
  for (const line of lines) {
    const label = /^(Source|Domain):\s*(.*)$/.exec(line);
    const tag = /^@(\w+)\s*(.*)$/.exec(line);
    if (label) parts.push({ key: label[1]!.toLowerCase(), lines: [label[2]!] });
    else if (tag) parts.push({ key: `@${tag[1]}`, lines: [tag[2]!] });
    else if (line === "" && parts.length > 1 && !parts.at(-1)!.key.startsWith("@")) parts.push({ key: "description", lines: [] });
    else parts.at(-1)!.lines.push(line);
  }
  const text = (p: { lines: string[] }) => paragraphs(p.lines).trim();
  const all = (key: string) =>
    parts
      .filter((p) => p.key === key)
      .map(text)
      .filter(Boolean);
  const description = all("description").join("\n\n");
  const params: Record<string, string> = {};
  for (const p of parts.filter((x) => x.key === "@param")) {
    const m = /^(?:\{[^}]*\}\s*)?\[?([\w$.]+)(?:=[^\]]*)?\]?\s*(?:-\s*)?([\s\S]*)$/.exec(text(p));
    if (m) params[m[1]!] = m[2]!.trim();
  }
  return {
    summary: firstSentence(description.split("\n\n")[0] ?? ""),
    description,
    source: all("source").join(" "),
    domain: all("domain").join(" "),
    params,
    returns: [...all("@returns"), ...all("@return")].join(" "),
    throws: all("@throws").join(" "),
  };
}

/** The JSDoc comment right before `export function|const|let|class <name>`, or undefined. */
export function jsDocBefore(source: string, name: string): string | undefined {
  const escaped = name.replace(/\$/g, "\\$");
  const re = new RegExp(`/\\*\\*((?:[^*]|\\*(?!/))*)\\*/\\s*export\\s+(?:declare\\s+)?(?:async\\s+)?(?:function\\*?|const|let|class)\\s+${escaped}(?![\\w$])`);
  return re.exec(source)?.[1];
}

const declares = (source: string, name: string) =>
  new RegExp(`(?:^|\\n)export\\s+(?:declare\\s+)?(?:async\\s+)?(?:function\\*?|const|let|class)\\s+${name.replace(/\$/g, "\\$")}(?![\\w$])`).test(source);

/**
 * The docs of the named exports, from the law module's files (path → raw text, e.g. from
 * `import.meta.glob("../laws/**\/*.ts", { query: "?raw" })`). Throws one error listing every
 * export that is not declared in exactly one file, has no JSDoc, no summary, or (with
 * `requireSource`) no "Source:" line, naming the function and the file.
 */
export function lawDocs(files: Record<string, string>, names: readonly string[], requireSource: (name: string) => boolean = () => true): Map<string, LawDoc> {
  const problems: string[] = [];
  const docs = new Map<string, LawDoc>();
  const short = (path: string) => path.replace(/^.*?(src\/laws\/|laws\/)/, "src/laws/");
  for (const name of names) {
    const where = Object.keys(files).filter((path) => declares(files[path]!, name));
    if (where.length !== 1) {
      problems.push(`${name}: declared ${where.length === 0 ? "in no file" : `in ${where.length} files (${where.map(short).join(", ")})`} of src/laws`);
      continue;
    }
    const file = short(where[0]!);
    const comment = jsDocBefore(files[where[0]!]!, name);
    if (comment === undefined) {
      problems.push(`${name} (${file}): no JSDoc block (/** … */) right before its declaration`);
      continue;
    }
    const doc = { name, file, ...parseJsDoc(comment), fields: fieldDocs(files[where[0]!]!) };
    if (!doc.summary) problems.push(`${name} (${file}): the JSDoc has no summary sentence before its tags`);
    else if (!/[.?!]$/.test(doc.summary)) problems.push(`${name} (${file}): the JSDoc summary does not end a sentence: "${doc.summary}"`);
    if (requireSource(name) && !doc.source)
      problems.push(`${name} (${file}): the JSDoc has no "Source:" line (write "Source: arXiv <id> §…" or "Source: this site (…)")`);
    docs.set(name, doc);
  }
  if (problems.length)
    throw new Error(
      `[law docs] the laws reference reads each law's prose from its JSDoc (src/laws/README.md, "Documenting a law"):\n  ${problems.join("\n  ")}`,
    );
  return docs;
}

// ---- Rendering ---------------------------------------------------------------------------

const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Inline JSDoc text → HTML: `code`, {@link name} (through `link`, else code), arXiv ids linked. */
export function inlineHtml(text: string, link: (name: string) => string | undefined = () => undefined): string {
  return text
    .split(/(`[^`]*`|\{@link\s+[^}]+\})/)
    .map((part, i) => {
      if (i % 2 === 0)
        return escapeHtml(part).replace(/\barXiv:? ?(\d{4}\.\d{4,5})(v\d+)?/g, (m, id: string) => `<a href="https://arxiv.org/abs/${id}">${m}</a>`);
      if (part.startsWith("`")) return `<code>${escapeHtml(part.slice(1, -1))}</code>`;
      const name = part.replace(/^\{@link\s+|\}$/g, "").trim();
      const [target, ...label] = name.split(/[\s|]+/);
      const code = `<code>${escapeHtml(label.length ? label.join(" ") : target!)}</code>`;
      const href = link(target!);
      return href ? `<a href="${escapeHtml(href)}">${code}</a>` : code;
    })
    .join("");
}

/** A description → HTML paragraphs and lists. */
export function blockHtml(text: string, link?: (name: string) => string | undefined): string {
  const out: string[] = [];
  let items: string[] = [];
  const flush = () => {
    if (items.length) out.push(`<ul>${items.map((x) => `<li>${x}</li>`).join("")}</ul>`);
    items = [];
  };
  for (const para of text.split("\n\n").filter(Boolean)) {
    if (/^[-*] /.test(para)) items.push(inlineHtml(para.slice(2), link));
    else {
      flush();
      out.push(`<p>${inlineHtml(para, link)}</p>`);
    }
  }
  flush();
  return out.join("");
}

/** Plain text (for a meta description): backticks and link marks dropped. */
export function plainText(text: string): string {
  return text
    .replace(/\{@link\s+([^}\s|]+)(?:[\s|]+([^}]*))?\}/g, (_, a: string, b?: string) => b || a)
    .replace(/`([^`]*)`/g, "$1")
    .replace(/\s+/g, " ")
    .trim();
}

/** An `@throws` text → HTML: its `{RangeError|TypeError}` types as code ("RangeError or TypeError"), the rest inline. */
export function throwsHtml(text: string, link?: (name: string) => string | undefined): string {
  return text
    .split(/(\{[A-Za-z|]+\})/)
    .map((part, i) =>
      i % 2 === 1
        ? part
            .slice(1, -1)
            .split("|")
            .map((t) => `<code>${escapeHtml(t)}</code>`)
            .join(" or ")
        : inlineHtml(part, link),
    )
    .join("");
}
