/**
 * Frontmatter dates are written YYYY-MM-DD and must be real calendar days. The YAML parser turns
 * an unquoted 2026-26-11 into a valid Date (month 26 rolls over into 2028), so the check reads
 * the text as written, before YAML.
 */

/** Why `text` is not a YYYY-MM-DD calendar day, or undefined when it is one. */
export function isoDayProblem(text: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return `"${text}" is not written YYYY-MM-DD`;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12) return `"${text}" has month ${month}; months run 01–12`;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > days) return `"${text}" has day ${day}; ${year}-${m[2]} has ${days} days`;
  return undefined;
}

/**
 * The date fields of a Markdown/MDX file's frontmatter, as written (quotes removed): a line
 * `field: value` at the top level of the block between the opening and closing `---`.
 */
export function frontmatterFields(contents: string, fields: readonly string[]): Record<string, string> {
  const block = /^---\r?\n([\s\S]*?)\r?\n---/.exec(contents)?.[1] ?? "";
  const out: Record<string, string> = {};
  for (const line of block.split(/\r?\n/)) {
    const m = /^([A-Za-z_][\w-]*):[ \t]*(.*?)[ \t]*(?:#.*)?$/.exec(line);
    if (m && fields.includes(m[1]!)) out[m[1]!] = m[2]!.replace(/^(["'])(.*)\1$/, "$2");
  }
  return out;
}
