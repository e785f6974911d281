/**
 * Which constants a figure is computed with, in words, from the presets themselves: a figure spec
 * lists the presets it uses (`constants: (p) => [defaultChinchillaFit, hoffmann2022]`) and
 * defineModel appends this text to its caption (short) and its description (with locators), so a
 * caption can never name a fit its code does not use. Pure.
 */
import {
  besiroglu2024,
  besiroglu2024GridFit,
  defaultChinchillaFit,
  hernandez2021MixToPython,
  hernandez2021TextToPython,
  hoffmann2022,
  hoffmann2022Table2,
  hoffmann2022Table3,
  hoffmann2022Unrounded,
  kaplan2020,
  kaplan2020Allocation,
  kaplan2020StatedCrossover,
  kaplan2020Table2,
  kaplan2020Table3,
  muennighoff2023,
  sources,
  type Source,
  type PresetSource,
} from "../laws/index.ts";

/** Anything with a preset's `source`: every preset in src/laws. */
export interface UsesConstants {
  /** Optional only because a reader-edited preset may carry none; every published preset has one. */
  readonly source?: PresetSource;
  /** A reader's name for constants that are not a law-module preset (a data set, an accounting rule). */
  readonly label?: string;
}

const SHORT = new Map<object, string>([
  [besiroglu2024, "Besiroglu et al. 2024 refit"],
  [besiroglu2024GridFit, "Besiroglu et al. 2024 data, Hoffmann's procedure"],
  [hoffmann2022, "Hoffmann et al. 2022, printed"],
  [hoffmann2022Unrounded, "Hoffmann et al. 2022, unrounded"],
  [hoffmann2022Table2, "Hoffmann et al. 2022 Table 2"],
  [hoffmann2022Table3, "Hoffmann et al. 2022 Table 3"],
  [kaplan2020, "Kaplan et al. 2020 §1.2 fits"],
  [kaplan2020Table2, "Kaplan et al. 2020 Table 2"],
  [kaplan2020Table3, "Kaplan et al. 2020 Table 3"],
  [kaplan2020Allocation, "Kaplan et al. 2020 allocation"],
  [kaplan2020StatedCrossover, "Kaplan et al. 2020 §6.3 stated crossover"],
  [hernandez2021TextToPython, "Hernandez et al. 2021, text → Python"],
  [hernandez2021MixToPython, "Hernandez et al. 2021, text + code → Python"],
  [muennighoff2023, "Muennighoff et al. 2023"],
]);

function authorsShort(id: PresetSource["id"]): string {
  const s: Source = sources[id];
  const first = s.authors[0] ?? s.title;
  const surname = s.authors.length > 1 ? `${first.split(" ").at(-1)} et al.` : first;
  return `${surname} ${s.year}`;
}

/** A short reader's name for a preset, e.g. "Besiroglu et al. 2024 refit (site default)". */
export function constantsLabel(preset: UsesConstants): string {
  const name =
    SHORT.get(preset) ?? preset.label ?? (preset.source ? `${authorsShort(preset.source.id)}, ${preset.source.where}` : "constants without a source");
  return preset === defaultChinchillaFit ? `${name} (site default)` : name;
}

/** The same with where the constants were read: work, arXiv id, locator, and "(secondary)" when so verified. */
export function constantsCitation(preset: UsesConstants): string {
  const s = preset.source;
  if (!s) return constantsLabel(preset);
  const work: Source = sources[s.id];
  const at = [(s.arxiv ?? work.arxiv) ? `arXiv ${s.arxiv ?? work.arxiv}` : (s.url ?? work.url), s.where].filter(Boolean).join(", ");
  return `${constantsLabel(preset)} (${at}${s.verification === "secondary" ? "; secondary" : ""})`;
}

const unique = <T>(xs: readonly T[]): T[] => [...new Set(xs)];

/** "Constants: A; B." for a caption. Empty when the figure uses none. */
export const constantsCaption = (presets: readonly UsesConstants[]): string =>
  presets.length ? `Constants: ${unique(presets.map(constantsLabel)).join("; ")}.` : "";

/** "Constants: A (arXiv …, §…); B (…)." for a text description. */
export const constantsDescription = (presets: readonly UsesConstants[]): string =>
  presets.length ? `Constants: ${unique(presets.map(constantsCitation)).join("; ")}.` : "";
