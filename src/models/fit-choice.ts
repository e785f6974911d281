/**
 * The `fit` parameter the fine-tuning and how-clever essays give readers (since version 0.2.0):
 * 0 is the site's default Chinchilla fit ({@link defaultChinchillaFit}, Besiroglu et al.'s refit),
 * 1 is Hoffmann et al.'s printed constants (arXiv 2203.15556 App. D.2), those essays' default before
 * 0.2.0 (their migrations keep old links on it). One definition, so the two controls read alike.
 */
import { type ChinchillaPreset, defaultChinchillaFit, hoffmann2022 } from "../laws/index.ts";
import type { ParamSpec } from "./params.ts";

/** The presets by choice: the site's default fit, then Hoffmann et al.'s printed constants. */
export const FIT_CHOICE_PRESETS: readonly [ChinchillaPreset, ChinchillaPreset] = [defaultChinchillaFit, hoffmann2022];

/** The parameter, with the essay's own description of what the fit is used for. */
export function fitChoiceParam(description: string): ParamSpec {
  return {
    label: "Chinchilla fit",
    default: 0,
    min: 0,
    max: 1,
    step: 1,
    scale: "linear",
    format: { kind: "choice", labels: ["Besiroglu et al. refit", "Hoffmann et al. printed"] },
    description,
  };
}

/** 0 or 1 from the parameter (the control steps by 1; a URL may carry any number in range). */
export const fitChoice = (fit: number): 0 | 1 => (fit >= 0.5 ? 1 : 0);

/** The preset the parameter chooses. */
export const fitChoicePreset = (fit: number): ChinchillaPreset => FIT_CHOICE_PRESETS[fitChoice(fit)];
