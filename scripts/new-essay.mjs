#!/usr/bin/env node
// npm run new:essay -- <slug> [--title "…"] [--author "…"]
// Scaffolds content/essays/<slug>.mdx (a draft following the essay guide, with one <Param>, one
// <Value>, one <Figure> and an <Equation>) and src/models/<slug>/ (a minimal valid model that
// calls the law module: index.ts, and one file per figure). Refuses a slug that is not kebab-case or that already exists.
// NEW_ESSAY_ROOT sets the directory the two files are written under (default: the repository).
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const root = resolve(process.env.NEW_ESSAY_ROOT ?? join(dirname(fileURLToPath(import.meta.url)), ".."));

function fail(message) {
  process.stderr.write(`new:essay: ${message}\n`);
  process.exit(1);
}

function parseArgs(argv) {
  const options = { slug: undefined, title: undefined, author: undefined };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.split(/=(.*)/s);
    if (flag === "--title" || flag === "--author") {
      const value = inline ?? argv[++i];
      if (value === undefined) fail(`${flag} needs a value, e.g. ${flag} "…"`);
      options[flag.slice(2)] = value;
    } else if (flag === "--help" || flag === "-h") {
      process.stdout.write('Usage: npm run new:essay -- <slug> [--title "Essay title"] [--author "Your Name"]\n');
      process.exit(0);
    } else if (arg.startsWith("-")) fail(`unknown option ${arg}. Usage: npm run new:essay -- <slug> [--title "…"] [--author "…"]`);
    else if (options.slug === undefined) options.slug = arg;
    else fail(`one slug only (got "${options.slug}" and "${arg}")`);
  }
  return options;
}

const { slug, title: givenTitle, author = "Your Name" } = parseArgs(process.argv.slice(2));
if (!slug) fail("give the essay's slug, e.g. npm run new:essay -- data-wall");
if (!SLUG.test(slug)) {
  const suggestion = slug
    .trim()
    .replace(/([a-z0-9])([A-Z])/g, "$1-$2")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  fail(
    `"${slug}" is not a kebab-case slug (lowercase letters and digits separated by single hyphens)${suggestion && SLUG.test(suggestion) ? `; try "${suggestion}"` : ""}.`,
  );
}
const essayFile = join(root, "content", "essays", `${slug}.mdx`);
const modelDir = join(root, "src", "models", slug);
for (const file of [essayFile, modelDir]) {
  if (existsSync(file)) fail(`${relative(root, file)} already exists: choose another slug, or edit that file.`);
}

const title =
  givenTitle ??
  slug
    .split("-")
    .map((w, i) => (i === 0 ? w[0].toUpperCase() + w.slice(1) : w))
    .join(" ");
const today = new Date().toISOString().slice(0, 10);
const quote = (s) => JSON.stringify(s);

const essay = `---
title: ${quote(title)}
summary: "One or two sentences for the home page: the reader's question and the short answer."
published: ${today}
model: ${slug}
authors: [${quote(author)}]
sources: ["hoffmann2022", "besiroglu2024"]
draft: true
---

{/* Scaffolded by npm run new:essay. Components: /authoring/. Shape and voice: the essay guide
    (open with the question and the computed answer; one idea per section, each with its formula,
    source and a figure or parameter; close with what this leaves out). 1,500–3,500 words, at least
    three figures. Remove draft: true to publish. */}

Open with the question in the reader's words, then the short answer with its computed number. With a
training budget of <Param name="computeFlops" /> FLOPs, the compute-optimal model under the site's default
Chinchilla fit has <Value name="optimalParams" /> parameters (all parameters, embeddings included).

## The compute-optimal frontier

Hoffmann et al. ([arXiv 2203.15556](https://arxiv.org/abs/2203.15556), §3.3 eq 4) minimise their fitted loss
under the budget C = 6ND:

<Equation tex="N_\\text{opt}(C) = G\\,(C/6)^{a} = \\val{optimalParams}" />

Say which constants a figure uses, and where sources disagree show both.

<Figure name="optimal-size" />

## What this leaves out

The assumptions, and the regimes where the law was not fitted.
`;

const modelIndex = `/**
 * Model for the essay ${quote(title)} (content/essays/${slug}.mdx): its parameters and the values
 * the prose quotes. Each figure is its own file in this folder (optimal-size.ts); add a figure by
 * adding a file. Pure: everything is computed by the law module.
 */
import { chinchillaOptimal, defaultChinchillaFit } from "../../laws/index.ts";
import { defineModel, figuresIn } from "../define.ts";
import { count, sci } from "./formats.ts";

export type P = "computeFlops";

export default defineModel<P>({
  name: ${quote(slug)},
  title: ${quote(title)},
  params: {
    computeFlops: {
      label: "training compute",
      default: 1e23,
      min: 1e18,
      max: 1e27,
      step: 10 ** 0.25,
      scale: "log",
      unit: "FLOPs",
      format: sci,
      description: "Training compute C = 6ND, in FLOPs.",
    },
  },
  values: {
    optimalParams: {
      label: "compute-optimal parameters",
      unit: "parameters",
      format: count,
      compute: (p) => chinchillaOptimal({ flops: p.computeFlops }, defaultChinchillaFit).params,
    },
  },
  // Every other file in this folder whose default export is defineFigure(...) is a figure, named by its file.
  figures: figuresIn<P>(${quote(slug)}, import.meta.glob(["./*.ts", "!./index.ts"], { eager: true })),
});
`;

const modelFormats = `/** Number formats the ${slug} model and its figures share. No default export: not a figure. */
import type { FormatSpec } from "../../lib/format.ts";

export const sci: FormatSpec = { kind: "sci", digits: 2 };
export const count: FormatSpec = { kind: "count", digits: 3 };
`;

const modelFigure = `/** Figure ${slug}/optimal-size: compute-optimal model size against training compute. */
import * as Plot from "@observablehq/plot";
import { chinchillaOptimal, defaultChinchillaFit } from "../../laws/index.ts";
import { formatNumber } from "../../lib/format.ts";
import { defineFigure } from "../define.ts";
import { FG, SERIES, logTicks } from "../figure.ts";
import { count, sci } from "./formats.ts";
import type { P } from "./index.ts";

/** One row of the figure's data (and of its table and CSV). */
type R = { flops: number; params: number; tokens: number };

export default defineFigure<P, R>({
  title: "Compute-optimal model size",
  caption: "Parameters N_opt that minimise the Chinchilla-form loss at each budget; the rule marks the chosen budget.",
  compute: () =>
    Array.from({ length: 37 }, (_, i) => {
      const flops = 10 ** (18 + i / 4);
      const { params, tokens } = chinchillaOptimal({ flops }, defaultChinchillaFit);
      return { flops, params, tokens };
    }),
  plot: (rows, p) => ({
    x: { type: "log", label: "Training compute (FLOPs)", tickFormat: logTicks },
    y: { type: "log", label: "Parameters", tickFormat: logTicks, grid: true },
    marks: [
      Plot.line(rows, { x: "flops", y: "params", stroke: SERIES[0] }),
      Plot.ruleX([p.computeFlops], { stroke: FG, strokeDasharray: "4 3" }),
    ],
  }),
  describe: (_rows, p) =>
    \`At \${formatNumber(p.computeFlops, sci)} FLOPs the compute-optimal model has \${formatNumber(chinchillaOptimal({ flops: p.computeFlops }, defaultChinchillaFit).params, count)} parameters; N_opt grows as a power of C.\`,
  columns: [
    { key: "flops", label: "Compute (FLOPs)", format: sci },
    { key: "params", label: "Parameters", format: count },
    { key: "tokens", label: "Tokens", format: count },
  ],
  sources: ["hoffmann2022", "besiroglu2024"],
  // The presets the numbers come from: named in the caption and description for the reader.
  constants: () => [defaultChinchillaFit],
  uses: ["computeFlops"],
  formula: "N_\\\\text{opt} = G\\\\,(C/6)^{a}",
});
`;

mkdirSync(dirname(essayFile), { recursive: true });
mkdirSync(modelDir, { recursive: true });
writeFileSync(join(modelDir, "index.ts"), modelIndex, { flag: "wx" });
writeFileSync(join(modelDir, "formats.ts"), modelFormats, { flag: "wx" });
writeFileSync(join(modelDir, "optimal-size.ts"), modelFigure, { flag: "wx" });
writeFileSync(essayFile, essay, { flag: "wx" });
process.stdout.write(
  `Created ${relative(root, essayFile)} (draft) and ${relative(root, modelDir)}/ (index.ts, formats.ts and one figure, optimal-size.ts).\n` +
    `Next: npm run dev, open /essays/${slug}/ after removing draft: true, or see /authoring/.\n`,
);
