/**
 * The one loader of content/data/chinchilla-figure4-extracted.csv: the 245 points Besiroglu et
 * al. 2024 (arXiv 2404.10102) extracted from Hoffmann et al.'s Figure 4 (left), a byte copy of
 * epoch-research/analyzing-chinchilla data/svg_extracted_data.csv @9225883. The models
 * (src/models/figure4-data.ts), the refit worker, the build's refit table and the /fit/ sample
 * file read it from here (the text is bundled with `?raw`; each bundle that imports this module
 * carries it once).
 */
import text from "../../content/data/chinchilla-figure4-extracted.csv?raw";
import { parseChinchillaFigure4, type Figure4Point } from "../laws/index.ts";

/** The file's text, as published. */
export const chinchillaFigure4Csv: string = text;

/** All 245 extracted points in file order, parsed once by the law module's parser. */
export const chinchillaFigure4Points: readonly Figure4Point[] = Object.freeze(parseChinchillaFigure4(text));
