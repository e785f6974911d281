/**
 * Bio Anchors after Chinchilla: Cotra 2020's report let training data grow as D ∝ N^0.8; with
 * training compute ∝ N·D, a model M times larger than a reference needs M^(e − 0.8) times the
 * report's compute estimate when data instead grows as N^e. Jacob Hilton's comment on the
 * Chinchilla linkpost (seed 004) takes e = 1: "100,000 times larger" → "10 times more compute".
 */
import type { PresetSource } from "./sources.ts";
import { finite, positive, preset as checkPreset, record } from "./validate.ts";

/** The report's data exponent: D ∝ N^dataExponent. */
export interface BioAnchorsDataScaling {
  readonly dataExponent: number;
  readonly source?: PresetSource;
}

/**
 * D ∝ N^0.8, "in proportion to paramter count ^ 0.8, as estimated in the report" (Hilton, seed
 * 004). Read in that comment, not in the report (whose prior over the exponent is broad: part 2,
 * p. 39, per nostalgebraist in the same thread), hence "secondary".
 */
export const cotra2020BioAnchors: BioAnchorsDataScaling = Object.freeze({
  dataExponent: 0.8,
  source: Object.freeze({
    id: "cotra2020",
    url: "https://www.alignmentforum.org/posts/4dbK5dPiqHCgNdKnq",
    where: "data ∝ N^0.8, as Jacob Hilton summarises the report (AI Alignment Forum linkpost, seed 004)",
    verification: "secondary",
  }),
});

/**
 * Compute over the Bio Anchors estimate for a model M times larger when data grows as N^e instead of N^0.8.
 * The multiplier is `M^(e − 0.8)`, M = `sizeRatio` against the reference model. Equal
 * compute at e = 0.8; above 1 for e > 0.8 and M > 1. Chinchilla's parametric fits give
 * e = α/β (chinchillaDataExponent).
 * Source: Cotra 2020 (exponent, secondary); Jacob Hilton's comment on the AI Alignment Forum
 * linkpost (seed 004 thread: the argument, C ∝ N·D); Hoffmann et al. 2022 (arXiv 2203.15556) Table 2 for e ≈ 1.
 * @param options.sizeRatio M, how many times larger the model is (> 0).
 * Domain: The report's 0.8 is read in Hilton's comment (secondary).
 * @param options.dataExponent e, the data exponent in D ∝ N^e (finite).
 * @param preset the report's exponent, default {@link cotra2020BioAnchors}.
 * @returns the multiplier (dimensionless, > 0).
 * @throws {RangeError|TypeError} for a non-finite or ≤ 0 ratio, a non-finite exponent, or a
 * multiplier that overflows.
 */
export function bioAnchorsComputeMultiplier(options: { sizeRatio: number; dataExponent: number }, preset: BioAnchorsDataScaling = cotra2020BioAnchors): number {
  const o = record("options", options, ["sizeRatio", "dataExponent"]);
  const p = checkPreset<BioAnchorsDataScaling>("preset", preset, { dataExponent: "finite" });
  const ratio = positive("sizeRatio", o.sizeRatio);
  const e = finite("dataExponent", o.dataExponent);
  return Math.exp((e - p.dataExponent) * Math.log(ratio));
}
