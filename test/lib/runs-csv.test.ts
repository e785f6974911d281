import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { canonicalRuns, detectDelimiter, fieldForHeader, MAX_RUNS, parseRuns, splitLine } from "../../src/lib/runs-csv.ts";
import { createRandom, parseChinchillaFigure4 } from "../../src/laws/index.ts";

const figure4 = readFileSync(new URL("../../content/data/chinchilla-figure4-extracted.csv", import.meta.url), "utf8");
const errors = (text: string) => parseRuns(text).problems.filter((p) => p.severity === "error");

describe("parseRuns: the tables readers paste", () => {
  it("reads a header in any case and order, CSV or TSV, and the site's number forms (7e10, 70B, 1.4T)", () => {
    const csv = parseRuns("Loss,Model Size (params),Tokens\n1.94,70B,1.4T\n2.1,7e9,1.4e11\n2.3,1,000,000,000,2e10\n");
    expect(csv.columns).toMatchObject({ loss: 0, params: 1, tokens: 2 });
    expect(csv.runs[0]).toMatchObject({ line: 2, params: 70e9, tokens: 1.4e12, loss: 1.94, flops: 6 * 70e9 * 1.4e12 });
    expect(csv.runs[1]).toMatchObject({ params: 7e9, tokens: 1.4e11 });
    // "1,000,000,000" in a comma-separated file splits into cells: the row is reported, not misread.
    expect(csv.problems.find((p) => p.line === 4)?.message).toMatch(/^Line 4: /);
    const tsv = parseRuns("N\tD\tL\tlabel\n400M\t8.0B\t2.9\tsmall run\n1,000,000,000\t20.2B\t2.6\tbig, with comma\n");
    expect(tsv.delimiter).toBe("\t");
    expect(tsv.runs.map((r) => r.params)).toEqual([400e6, 1e9]);
    expect(tsv.runs[1]!.label).toBe("big, with comma");
  });

  it("reads Epoch's extracted Figure 4 file as the law module does (D = C/(6N)), all 245 rows", () => {
    const parsed = parseRuns(figure4);
    const reference = parseChinchillaFigure4(figure4);
    expect(parsed.problems).toEqual([]);
    expect(parsed.columns).toMatchObject({ params: 3, flops: 4, loss: 6, tokens: null });
    expect(parsed.runs.map(({ params, tokens, loss, flops }) => ({ params, tokens, loss, flops }))).toEqual(reference);
  });

  it("takes the first row as data in the order N, D, L, C when it is all numbers", () => {
    const r = parseRuns("1e9;2e10;2.5;1.2e20\n2e9;4e10;2.3;4.8e20\n");
    expect(r.header).toBeNull();
    expect(r.delimiter).toBe(";");
    expect(r.runs[1]).toMatchObject({ line: 2, params: 2e9, tokens: 4e10, loss: 2.3, flops: 4.8e20 });
  });

  it("derives FLOPs (6ND) or tokens (C/(6N)) when one of the two cells is empty, and reports a row with neither", () => {
    const r = parseRuns("N,D,L,C\n1e9,2e10,2.5,\n1e9,,2.4,1.2e20\n1e9,,2.3,\n1e9,2e10,2.2\n");
    expect(r.runs.map((x) => [x.line, x.tokens, x.flops])).toEqual([
      [2, 2e10, 1.2e20],
      [3, 2e10, 1.2e20],
      [5, 2e10, 1.2e20],
    ]);
    expect(r.problems.find((p) => p.line === 4)?.message).toMatch(/^Line 4: both tokens D and FLOPs C are empty/);
  });

  it("asks for a column mapping when the header's names are unknown, and uses the reader's mapping", () => {
    const text = "size,steps_x_batch,xent\n1e9,2e10,2.5\n";
    const r = parseRuns(text);
    expect(r.needsMapping).toBe(true);
    expect(r.problems[0]!.message).toMatch(/^Line 1: the header .*“size”.*choose the column that holds the final loss L/);
    const mapped = parseRuns(text, { params: 0, tokens: 1, loss: 2 });
    expect(mapped.needsMapping).toBe(false);
    expect(mapped.runs[0]).toMatchObject({ params: 1e9, tokens: 2e10, loss: 2.5 });
  });

  it("names the line and the problem of every bad row, and keeps the good rows", () => {
    const text = [
      "# my runs",
      "N,D,L",
      "1e9,2e10,2.5",
      "abc,2e10,2.5",
      "1e9,-3,2.5",
      "1e9,2e10,1e999",
      "1e9,2e10,2.5",
      "1e9,2e10,2.6",
      "2e9,4e10",
      "",
      "3e9,6e10,0",
    ].join("\n");
    const r = parseRuns(text);
    const byLine = Object.fromEntries(r.problems.filter((p) => p.line !== null).map((p) => [p.line, p.message]));
    expect(byLine[4]).toMatch(/^Line 4: model size N “abc” is not a number/);
    expect(byLine[5]).toMatch(/^Line 5: tokens D -3 must be positive/);
    expect(byLine[6]).toMatch(/^Line 6: loss L 1e999 is not finite/);
    expect(byLine[7]).toMatch(/^Line 7: duplicate of line 3/);
    expect(byLine[8]).toMatch(/^Line 8: same N and D as line 3 .*both are kept/);
    expect(byLine[9]).toMatch(/^Line 9: 2 values, but the columns need 3/);
    expect(byLine[11]).toMatch(/^Line 11: loss L 0 must be positive/);
    expect(r.runs.map((x) => x.line)).toEqual([3, 8]);
    expect(r.problems.find((p) => p.line === null)?.message).toMatch(/Too few runs .*only lines 3, 8 hold a usable run; the fit needs at least 5/);
  });

  it("says so when the text is not a table", () => {
    expect(parseRuns('{"runs": [1, 2]}').notTable).toMatch(/^Line 1: this looks like JSON/);
    expect(parseRuns("<!DOCTYPE html><html>").notTable).toMatch(/^Line 1: this looks like HTML/);
    expect(parseRuns("PK\u0003\u0004\u0000\u0000binary").notTable).toMatch(/^Line 1: this is not text/);
    expect(parseRuns("\n\njust some words\nand more words\n").notTable).toMatch(/^Line 3: this does not look like CSV or TSV/);
    expect(parseRuns("").problems).toEqual([]);
  });

  it("stops at 10,000 runs with a message on the first line not read", () => {
    const rows = Array.from({ length: MAX_RUNS + 3 }, (_, i) => `${1e6 * (i + 1)},${2e7 * (i + 1)},3`);
    const r = parseRuns(`N,D,L\n${rows.join("\n")}`);
    expect(r.runs).toHaveLength(MAX_RUNS);
    expect(r.problems).toEqual([{ line: MAX_RUNS + 2, severity: "error", message: expect.stringMatching(/^Line 10002: more than 10,000 runs/) }]);
  });

  it("has small pieces that behave: quotes, delimiters, header names, canonical text", () => {
    expect(splitLine('"a, b",1,"say ""hi"""', ",").cells).toEqual(["a, b", "1", 'say "hi"']);
    expect(splitLine('"open,1', ",").unclosedQuote).toBe(true);
    expect(detectDelimiter(["a\tb\tc", "1\t2\t3"])).toBe("\t");
    expect(detectDelimiter(["one cell"])).toBeNull();
    expect(fieldForHeader("Training FLOP")).toBe("flops");
    expect(fieldForHeader("final_loss")).toBe("loss");
    expect(fieldForHeader("colour")).toBeNull();
    // Same runs typed differently hash alike: the canonical text ignores formatting.
    const a = parseRuns("N,D,L\n70B,1.4T,1.9\n").runs,
      b = parseRuns("params\ttokens\tloss\n7e10\t1400000000000\t1.90\n").runs;
    expect(canonicalRuns(a)).toBe(canonicalRuns(b));
  });
});

/** A seeded malformed table: a valid base with one to four corruptions at random places. */
function malformed(seed: number): string {
  const random = createRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const delimiter = pick([",", "\t", ";"]);
  const header = pick([["N", "D", "L"], ["params", "tokens", "loss", "flops"], ["Model Size", "Training FLOP", "loss"], null]);
  const width = header?.length ?? 3;
  const rows: string[][] = [];
  const count = 1 + Math.floor(random() * 12);
  for (let i = 0; i < count; i++)
    rows.push(Array.from({ length: width }, (_, j) => (j === 2 ? (1.8 + random()).toFixed(3) : (10 ** (8 + 4 * random())).toPrecision(3))));
  const junk = [
    "",
    "abc",
    "-1",
    "0",
    "NaN",
    "Infinity",
    "1e999",
    "70Q",
    '"unclosed',
    "💥",
    "1,5",
    "\u0000",
    "<b>",
    "--",
    " ",
    "1e",
    ".",
    "7e10e3",
    "null",
    "ﬀ",
    "\u202e",
  ];
  const corruptions = 1 + Math.floor(random() * 4);
  for (let k = 0; k < corruptions; k++) {
    const kind = Math.floor(random() * 6);
    const r = rows[Math.floor(random() * rows.length)]!;
    if (kind === 0) r[Math.floor(random() * r.length)] = pick(junk);
    else if (kind === 1) r.pop();
    else if (kind === 2) r.push(pick(junk), pick(junk));
    else if (kind === 3)
      rows.push([...rows[0]!]); // a duplicate
    else if (kind === 4) rows.splice(Math.floor(random() * rows.length), 0, [pick(junk)]);
    else r[Math.floor(random() * r.length)] = `${pick(junk)}${pick([",", "\t", ";", '"'])}${pick(junk)}`;
  }
  const lines = [...(header ? [header.join(delimiter)] : []), ...rows.map((r) => r.join(delimiter))];
  if (random() < 0.2) lines.splice(Math.floor(random() * lines.length), 0, pick(["# comment", "", "   ", "\r"]));
  return lines.join(pick(["\n", "\r\n", "\r"]));
}

describe("parseRuns on 1,200 seeded malformed tables", () => {
  it("never throws, never changes the text, and names a line for every problem", () => {
    let withProblems = 0;
    for (let seed = 1; seed <= 1200; seed++) {
      const text = malformed(seed);
      const copy = `${text}`;
      let result: ReturnType<typeof parseRuns> | undefined;
      expect(() => {
        result = parseRuns(text);
      }, `seed ${seed}`).not.toThrow();
      expect(text, `seed ${seed}`).toBe(copy);
      const r = result!;
      const lineCount = text.split(/\r\n|\r|\n/).length;
      if (r.problems.some((p) => p.severity === "error")) withProblems++;
      for (const p of r.problems) {
        if (p.line === null) expect(p.message, `seed ${seed}`).toMatch(/line|Line/);
        else {
          expect(p.line, `seed ${seed}: ${p.message}`).toBeGreaterThanOrEqual(1);
          expect(p.line, `seed ${seed}`).toBeLessThanOrEqual(lineCount);
          expect(p.message.startsWith(`Line ${p.line}:`), `seed ${seed}: ${p.message}`).toBe(true);
        }
      }
      // Every kept run is usable by the fit; no run comes from a line with an error.
      for (const run of r.runs) {
        for (const v of [run.params, run.tokens, run.loss, run.flops]) expect(v > 0 && Number.isFinite(v), `seed ${seed}`).toBe(true);
        expect(
          r.problems.some((p) => p.line === run.line && p.severity === "error"),
          `seed ${seed} line ${run.line}`,
        ).toBe(false);
      }
    }
    // The generator corrupts every table; nearly all must be reported (a corruption can land on a cell
    // that stays valid, e.g. an extra trailing cell, so not all).
    expect(withProblems).toBeGreaterThan(1000);
  });

  it("reports an error for each of a few hand-made cases", () => {
    for (const text of ["N,D,L\n1e9,abc,2", "N,D,L\n1e9,2e10", "N\tD\tL\n1e9\t2e10\t-2", "x y z\n1 2 3"]) expect(errors(text).length, text).toBeGreaterThan(0);
  });
});
