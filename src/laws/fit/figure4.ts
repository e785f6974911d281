/**
 * The data of Besiroglu et al. 2024 (arXiv 2404.10102): 245 (N, C, L) points extracted from
 * the SVG of Hoffmann et al.'s Figure 4 (epoch-research/analyzing-chinchilla,
 * data/svg_extracted_data.csv, commit 9225883). Pure: takes the CSV text, reads no files.
 */
import { invalid } from "../validate.ts";

/** One parsed point: N (all parameters), D = C/(6N) tokens, C FLOPs, L nats per token. */
export interface Figure4Point {
  params: number;
  tokens: number;
  flops: number;
  loss: number;
}

/**
 * Parses the 245 points extracted from Hoffmann et al.'s Figure 4. The text is the CSV of
 * epoch-research/analyzing-chinchilla (columns include `Model Size`, `Training FLOP`, `loss`),
 * deriving tokens as `D = C/(6·N)` (as the replication notebook does, cell 3).
 * Source: epoch-research/analyzing-chinchilla data/svg_extracted_data.csv (commit 9225883);
 * Besiroglu et al. 2024 (arXiv 2404.10102) §2.
 * @param csvText the file's text (CRLF or LF).
 * @returns points in file order.
 * @throws {TypeError} if the text is not a string or lacks a column; {RangeError} for a
 * non-positive or non-numeric cell (the message names the line).
 */
export function parseChinchillaFigure4(csvText: string): Figure4Point[] {
  if (typeof csvText !== "string") throw invalid("csvText", csvText, "must be a string", true);
  const lines = csvText.split(/\r?\n/).filter((line) => line.trim() !== "");
  const header = (lines[0] ?? "").split(",").map((h) => h.trim());
  const col = (name: string): number => {
    const i = header.indexOf(name);
    if (i < 0) throw invalid("csvText", header.join(","), `header must have a "${name}" column`, true);
    return i;
  };
  const iN = col("Model Size"),
    iC = col("Training FLOP"),
    iL = col("loss");
  return lines.slice(1).map((line, k) => {
    const cells = line.split(",");
    const read = (i: number, name: string): number => {
      const v = Number(cells[i]);
      if (!(v > 0) || !Number.isFinite(v)) throw invalid(`csvText line ${k + 2} ${name}`, cells[i], "must be a finite number > 0");
      return v;
    };
    const params = read(iN, "Model Size"),
      flops = read(iC, "Training FLOP"),
      loss = read(iL, "loss");
    return { params, tokens: flops / (6 * params), flops, loss };
  });
}

/**
 * Besiroglu et al.'s selection: drops the 5 highest-loss points, leaving 240 of the 245. It drops
 * the `exclude` (default 5) highest-loss points, keeping points with loss strictly below the
 * 5th-largest loss (notebook cell 15). On this file they are the five largest models at the
 * smallest budget (~1e19 FLOP, 2–6.8B parameters, < 0.5 tokens per parameter): outliers of the
 * parametric form.
 * Source: epoch-research/analyzing-chinchilla data_analysis.ipynb cell 15 (Besiroglu et al. 2024).
 * @param points parsed points.
 * @param exclude how many of the highest losses to drop (integer ≥ 1, < points.length).
 * @returns the kept points, in input order.
 * @throws {RangeError|TypeError} for a non-array or a bad `exclude`.
 */
export function selectBesiroglu240<T extends { loss: number }>(points: readonly T[], exclude = 5): T[] {
  if (!Array.isArray(points)) throw invalid("points", points, "must be an array", true);
  if (!Number.isInteger(exclude) || exclude < 1 || exclude >= points.length) {
    throw invalid("exclude", exclude, `must be an integer in [1, ${points.length - 1}]`);
  }
  const sorted = points.map((p) => p.loss).sort((x, y) => x - y);
  const threshold = sorted[sorted.length - exclude]!;
  return points.filter((p) => p.loss < threshold);
}
