/**
 * The 245 points Besiroglu et al. 2024 (arXiv 2404.10102) extracted from Hoffmann et al.'s
 * Figure 4 (left): model size, training compute and final loss of every plotted run. One module
 * so the Chinchilla and replication models read the same file (and the browser loads it once).
 * Source: epoch-research/analyzing-chinchilla data/svg_extracted_data.csv @9225883 (byte copy),
 * read through the data loader src/data/chinchilla-figure4.ts.
 */
import { chinchillaFigure4Points } from "../data/chinchilla-figure4.ts";
import type { Figure4Point } from "../laws/index.ts";

/** All 245 extracted points, in file order (read through src/data/chinchilla-figure4.ts). */
export const figure4Points: readonly Figure4Point[] = chinchillaFigure4Points;

/** The largest training compute among the runs Hoffmann et al. plotted (and fitted Approach 3 on), in FLOPs. */
export const figure4MaxFlops: number = Math.max(...figure4Points.map((p) => p.flops));

/** The extracted data as a figure's constants (see FigureSpec.constants). */
export const figure4Data = Object.freeze({
  label: "Besiroglu et al.'s 245 points from Chinchilla's Fig. 4",
  source: Object.freeze({
    id: "epochAnalyzingChinchilla",
    url: "https://github.com/epoch-research/analyzing-chinchilla",
    commit: "9225883",
    where: "data/svg_extracted_data.csv",
    verification: "code",
  }),
} as const);
