/**
 * Read a reader's training runs from pasted or dropped CSV/TSV text: model size N, training
 * tokens D, final loss L, optional FLOPs C (6ND when absent; D = C/(6N) when only C is given)
 * and an optional label. Pure and total: it never throws and never changes the text; every
 * problem is returned with the line it is on (1-based, as an editor counts), so the page can
 * show it beside the reader's own text and still fit the good rows.
 *
 * Numbers are read by the site's one parser (`parseNumber`: 7e10, 70B, 1.4T, 1,000,000, 7×10^10).
 */
import { parseNumber } from "./format.ts";

/** The fields a run has; `params`, `loss` and one of `tokens`/`flops` are required. */
export const RUN_FIELDS = ["params", "tokens", "loss", "flops", "label"] as const;
export type RunField = (typeof RUN_FIELDS)[number];

/** Which column (0-based) holds each field; null when absent. */
export type RunColumns = Record<RunField, number | null>;

/** One run that passed every check. */
export interface ParsedRun {
  /** Line of the text it came from (1-based). */
  line: number;
  /** N, all parameters. */ params: number;
  /** D, training tokens (C/(6N) when the text gives only FLOPs). */ tokens: number;
  /** L, final loss in nats per token. */ loss: number;
  /** C, training FLOPs (6ND when the text gives none). */ flops: number;
  label?: string;
}

/** A problem with the text: `line` is 1-based, or null for the data set as a whole (the message then names the lines). */
export interface RunsProblem {
  line: number | null;
  /** "error": the row is skipped; "warning": the row is kept. */
  severity: "error" | "warning";
  message: string;
}

export interface ParsedRuns {
  runs: ParsedRun[];
  problems: RunsProblem[];
  /** The separator found: ",", "\t" or ";" (null when the text is empty or not a table). */
  delimiter: string | null;
  /** The header's cells, or null when the first row is data. */
  header: string[] | null;
  /** The mapping used (given, or read from the header, or the default order N, D, L, C, label). */
  columns: RunColumns | null;
  /** How many columns the table has (the widest row). */
  width: number;
  /** True when a header is present but its names could not all be matched: ask the reader to map columns. */
  needsMapping: boolean;
  /** Set when the text is not a table at all (nothing was read). */
  notTable: string | null;
}

/** The most runs the page fits (the issue's limit; larger files are cut with a message). */
export const MAX_RUNS = 10_000;
/** Fewer usable runs than this cannot identify five parameters. */
export const MIN_RUNS = 5;

const NAMES: Record<RunField, readonly string[]> = {
  params: ["n", "params", "parameters", "param", "modelsize", "size", "numparams", "nparams", "nparameters", "paramcount", "model"],
  tokens: ["d", "tokens", "trainingtokens", "data", "ntokens", "numtokens", "datasetsize", "tokenstrained"],
  loss: ["l", "loss", "finalloss", "evalloss", "valloss", "validationloss", "testloss", "trainloss", "nats"],
  flops: ["c", "flops", "flop", "compute", "trainingflop", "trainingflops", "trainingcompute", "budget"],
  label: ["label", "name", "run", "id", "runid", "runname", "tag", "note"],
};

/** Lower case, without units in brackets, spaces, dashes or underscores: "Model Size (params)" → "modelsize". */
export function normaliseHeader(cell: string): string {
  return cell
    .toLowerCase()
    .replace(/\(.*?\)|\[.*?\]/g, "")
    .replace(/[^a-z0-9]/g, "");
}

/** Match a header cell to a field, or null. */
export function fieldForHeader(cell: string): RunField | null {
  const key = normaliseHeader(cell);
  for (const field of RUN_FIELDS) if (NAMES[field].includes(key)) return field;
  return null;
}

/** Split one line on the delimiter, honouring double quotes ("a, b" and "" inside quotes). */
export function splitLine(line: string, delimiter: string): { cells: string[]; unclosedQuote: boolean } {
  const cells: string[] = [];
  let cell = "",
    quoted = false,
    i = 0;
  while (i < line.length) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cell += '"';
        i += 2;
        continue;
      }
      if (c === '"') {
        quoted = false;
        i++;
        continue;
      }
      cell += c;
      i++;
      continue;
    }
    if (c === '"' && cell.trim() === "") {
      quoted = true;
      cell = "";
      i++;
      continue;
    }
    if (c === delimiter) {
      cells.push(cell.trim());
      cell = "";
      i++;
      continue;
    }
    cell += c;
    i++;
  }
  cells.push(cell.trim());
  return { cells, unclosedQuote: quoted };
}

/** The separator of a table: the one of tab, comma, semicolon that splits the first data lines most consistently. */
export function detectDelimiter(lines: readonly string[]): string | null {
  let best: string | null = null,
    bestScore = 0;
  for (const d of ["\t", ",", ";"]) {
    const counts = lines.slice(0, 20).map((l) => splitLine(l, d).cells.length);
    if (counts.length === 0) continue;
    const first = counts[0]!;
    if (first < 2) continue;
    const agree = counts.filter((c) => c === first).length / counts.length;
    const score = agree * 10 + Math.min(first, 6);
    if (score > bestScore) {
      bestScore = score;
      best = d;
    }
  }
  return best;
}

/** The 1-based line of the first control character when the text looks binary (a known file signature, or over 5% control characters), else 0. */
function binaryLine(text: string): number {
  const sample = text.slice(0, 4096);
  // biome-ignore lint/suspicious/noControlCharactersInRegex: binary file signatures contain control bytes
  const signature = /^(?:PK\u0003\u0004|%PDF|\u00d0\u00cf\u0011\u00e0|\u001f\u008b|\u0089PNG)/.test(sample);
  let odd = 0,
    first = -1;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if ((code < 32 && code !== 9 && code !== 10 && code !== 13) || code === 0xfffd) {
      odd++;
      if (first < 0) first = i;
    }
  }
  if (!signature && !(sample.length > 0 && odd / sample.length > 0.05)) return 0;
  return signature ? 1 : sample.slice(0, first).split(/\r\n|\r|\n/).length;
}

/** Why a text is not a table, or null when it may be one. */
function notTableReason(text: string, firstLine: { content: string; line: number }): string | null {
  const binary = binaryLine(text);
  if (binary) return `Line ${binary}: this is not text (it looks like a binary file, e.g. a spreadsheet or an archive); export it as CSV or TSV first.`;
  const first = firstLine.content.trim();
  const at = `Line ${firstLine.line}`;
  if (/^[{[]/.test(first)) return `${at}: this looks like JSON, not CSV; paste a table with one run per line (or import a fit file with the import button).`;
  if (/^<(?:!doctype|\?xml|html|svg|[a-z]+[\s>])/i.test(first)) return `${at}: this looks like HTML or XML, not CSV; paste a table with one run per line.`;
  return null;
}

const isComment = (line: string) => /^\s*(#|\/\/)/.test(line);

/** The default order when the first row is data: N, D, L, then C and label if present. */
function defaultColumns(width: number): RunColumns {
  return { params: 0, tokens: width >= 2 ? 1 : null, loss: width >= 3 ? 2 : null, flops: width >= 4 ? 3 : null, label: width >= 5 ? 4 : null };
}

const FIELD_WORDS: Record<RunField, string> = { params: "model size N", tokens: "tokens D", loss: "loss L", flops: "FLOPs C", label: "label" };

/** What a mapping lacks, in words, or null when it can fit. */
export function mappingProblem(columns: RunColumns): string | null {
  if (columns.params === null) return "choose the column that holds the model size N";
  if (columns.loss === null) return "choose the column that holds the final loss L";
  if (columns.tokens === null && columns.flops === null) return "choose the column that holds the training tokens D (or the FLOPs C, from which D = C/(6N))";
  const used = RUN_FIELDS.map((f) => columns[f]).filter((c): c is number => c !== null);
  if (new Set(used).size !== used.length) return "each column can hold only one field";
  return null;
}

/**
 * Parse runs from CSV or TSV text (see the file header).
 * @param text the reader's text, unchanged.
 * @param mapping columns chosen by the reader (overrides the header), e.g. `{ params: 0, flops: 1, loss: 2 }`.
 * @returns runs, problems (each naming its line), and how the text was read.
 */
export function parseRuns(text: string, mapping?: Partial<RunColumns>): ParsedRuns {
  const result: ParsedRuns = { runs: [], problems: [], delimiter: null, header: null, columns: null, width: 0, needsMapping: false, notTable: null };
  if (typeof text !== "string") {
    result.notTable = "Line 1: nothing to read (not text).";
    result.problems.push({ line: 1, severity: "error", message: result.notTable });
    return result;
  }
  const lines = text.split(/\r\n|\r|\n/);
  const numbered = lines.map((content, i) => ({ content, line: i + 1 })).filter((l) => l.content.trim() !== "" && !isComment(l.content));
  if (numbered.length === 0) return result;
  const reason = notTableReason(text, numbered[0]!);
  if (reason) {
    result.notTable = reason;
    result.problems.push({ line: Number(/^Line (\d+)/.exec(reason)![1]), severity: "error", message: reason });
    return result;
  }
  const delimiter = detectDelimiter(numbered.map((l) => l.content));
  if (delimiter === null) {
    const msg = `Line ${numbered[0]!.line}: this does not look like CSV or TSV: no comma, tab or semicolon separates its values (each line needs at least N, D or C, and L).`;
    result.notTable = msg;
    result.problems.push({ line: numbered[0]!.line, severity: "error", message: msg });
    return result;
  }
  result.delimiter = delimiter;
  const rows = numbered.map((l) => ({ line: l.line, ...splitLine(l.content, delimiter) }));
  result.width = Math.max(...rows.map((r) => r.cells.length));

  // A header names a field, or has fewer numbers than the row below it, or none at all.
  const first = rows[0]!;
  const numbers = (cells: readonly string[]) => cells.filter((c) => c !== "" && !Number.isNaN(parseNumber(c))).length;
  const firstIsHeader =
    first.cells.some((c) => fieldForHeader(c) !== null) || numbers(first.cells) === 0 || (rows.length > 1 && numbers(first.cells) < numbers(rows[1]!.cells));
  let columns: RunColumns;
  if (firstIsHeader) {
    result.header = first.cells;
    columns = { params: null, tokens: null, loss: null, flops: null, label: null };
    first.cells.forEach((cell, i) => {
      const field = fieldForHeader(cell);
      if (field && columns[field] === null) columns[field] = i;
    });
  } else {
    columns = defaultColumns(result.width);
  }
  if (mapping) {
    for (const field of RUN_FIELDS) {
      const v = mapping[field];
      if (v === null) columns[field] = null;
      else if (typeof v === "number" && Number.isInteger(v) && v >= 0 && v < result.width) columns[field] = v;
    }
  }
  result.columns = columns;
  const missing = mappingProblem(columns);
  if (missing) {
    result.needsMapping = true;
    const where = firstIsHeader
      ? `Line ${first.line}: the header (${first.cells.map((c) => `“${c.slice(0, 30)}”`).join(", ")}) does not name every column the fit needs`
      : `Line ${first.line}: the columns could not be read`;
    result.problems.push({ line: first.line, severity: "error", message: `${where}: ${missing}.` });
    return result;
  }

  const body = firstIsHeader ? rows.slice(1) : rows;
  const seen = new Map<string, { line: number; loss: number }>();
  // Required cells: N, L and one of D and C (the other, when its cell is empty or missing, is derived).
  const needed = Math.max(columns.params!, columns.loss!, Math.min(columns.tokens ?? Infinity, columns.flops ?? Infinity));
  for (const row of body) {
    const at = `Line ${row.line}`;
    if (result.runs.length >= MAX_RUNS) {
      result.problems.push({
        line: row.line,
        severity: "error",
        message: `${at}: more than ${MAX_RUNS.toLocaleString("en")} runs; this line and the ones after it are not read.`,
      });
      break;
    }
    if (row.unclosedQuote) {
      result.problems.push({ line: row.line, severity: "error", message: `${at}: a quotation mark is not closed.` });
      continue;
    }
    if (row.cells.length <= needed) {
      result.problems.push({
        line: row.line,
        severity: "error",
        message: `${at}: ${row.cells.length} value${row.cells.length === 1 ? "" : "s"}, but the columns need ${needed + 1} (is a value missing, or is the separator different on this line?).`,
      });
      continue;
    }
    const errors: string[] = [];
    const optional = columns.tokens !== null && columns.flops !== null;
    const read = (field: "params" | "tokens" | "loss" | "flops"): number | undefined => {
      const i = columns[field];
      if (i === null) return undefined;
      const raw = row.cells[i] ?? "";
      const name = FIELD_WORDS[field];
      if (raw === "" && optional && (field === "tokens" || field === "flops")) return undefined;
      if (raw === "") {
        errors.push(`${name} is empty`);
        return NaN;
      }
      const v = parseNumber(raw);
      if (Number.isNaN(v)) {
        errors.push(`${name} “${raw.slice(0, 24)}” is not a number (write e.g. 7e10, 70B or 1.4T)`);
        return NaN;
      }
      if (!Number.isFinite(v)) {
        errors.push(`${name} ${raw.slice(0, 24)} is not finite`);
        return NaN;
      }
      if (!(v > 0)) {
        errors.push(`${name} ${raw.slice(0, 24)} must be positive`);
        return NaN;
      }
      return v;
    };
    const params = read("params"),
      loss = read("loss"),
      tokensIn = read("tokens"),
      flopsIn = read("flops");
    if (tokensIn === undefined && flopsIn === undefined) errors.push("both tokens D and FLOPs C are empty (give one)");
    if (errors.length) {
      result.problems.push({ line: row.line, severity: "error", message: `${at}: ${errors.join("; ")}.` });
      continue;
    }
    const tokens = tokensIn ?? flopsIn! / (6 * params!);
    const flops = flopsIn ?? 6 * params! * tokens;
    if (!Number.isFinite(tokens) || !Number.isFinite(flops) || !(tokens > 0)) {
      result.problems.push({ line: row.line, severity: "error", message: `${at}: tokens or FLOPs out of range (not finite).` });
      continue;
    }
    const key = `${params}|${tokens}`;
    const previous = seen.get(key);
    if (previous && previous.loss === loss) {
      result.problems.push({
        line: row.line,
        severity: "error",
        message: `${at}: duplicate of line ${previous.line} (same N, D and L); skipped so it does not count twice.`,
      });
      continue;
    }
    if (previous)
      result.problems.push({
        line: row.line,
        severity: "warning",
        message: `${at}: same N and D as line ${previous.line} with a different loss; both are kept.`,
      });
    else seen.set(key, { line: row.line, loss: loss! });
    if (tokensIn !== undefined && flopsIn !== undefined) {
      const ratio = flopsIn / (6 * params! * tokensIn);
      if (ratio < 0.5 || ratio > 2)
        result.problems.push({
          line: row.line,
          severity: "warning",
          message: `${at}: FLOPs are ${ratio.toPrecision(2)}× 6ND; kept (FLOPs only group runs into isoFLOP curves).`,
        });
    }
    const run: ParsedRun = { line: row.line, params: params!, tokens, loss: loss!, flops };
    if (columns.label !== null && row.cells[columns.label]) run.label = row.cells[columns.label]!.slice(0, 80);
    result.runs.push(run);
  }
  if (body.length === 0) {
    result.problems.push({ line: first.line, severity: "error", message: `Line ${first.line}: a header but no runs below it.` });
  } else if (result.runs.length < MIN_RUNS) {
    const lines = result.runs.map((r) => r.line);
    const which =
      lines.length === 0
        ? "no line holds a usable run"
        : `only line${lines.length > 1 ? "s" : ""} ${lines.join(", ")} ${lines.length > 1 ? "hold" : "holds"} a usable run`;
    result.problems.push({
      line: null,
      severity: "error",
      message: `Too few runs to fit five parameters (E, A, B, α, β): ${which}; the fit needs at least ${MIN_RUNS}.`,
    });
  }
  return result;
}

/**
 * The runs as canonical text: one line per run, `N,D,L,C` in shortest round-trip form, in input
 * order. The content hash of a data set is the SHA-256 of this text, so a citation names the data
 * and not its formatting (the same runs typed as 70B or 7e10 hash alike).
 */
export function canonicalRuns(runs: readonly Pick<ParsedRun, "params" | "tokens" | "loss" | "flops">[]): string {
  return runs.map((r) => `${r.params},${r.tokens},${r.loss},${r.flops}\n`).join("");
}
