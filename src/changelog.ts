/**
 * What changed in each version that a reader citing a figure needs to know: constants, defaults,
 * essays. The newest entry must be the package version (a test pins it); a default change also
 * needs an entry in the model's `migrations` so old permalinks render the same figure.
 */
export interface ChangelogEntry {
  version: string;
  date: string;
  constants?: string[];
  defaults?: string[];
  essays?: string[];
  other?: string[];
}

export const changelog: readonly ChangelogEntry[] = [
  {
    version: "0.1.0",
    date: "2026-11-26",
    constants: [
      "Kaplan et al. 2020 (§1.2, Tables 2–3), Hoffmann et al. 2022 (printed App. D.2 and unrounded from epoch-research/analyzing-chinchilla), Besiroglu et al. 2024, Hernandez et al. 2021 (Table 1, secondary), Muennighoff et al. 2023 (datablations README).",
    ],
    defaults: ["First release: every parameter's default is its paper's central value."],
    essays: ["First essays on transfer, fine-tuning, Kaplan, Chinchilla, the replication, Bio Anchors and expensive data."],
  },
];
