/**
 * The compute ranges of Kaplan et al.'s runs (arXiv 2001.08361), in PF-days, in one place so the
 * Kaplan and Chinchilla essays cite the same numbers. Both are read from figure axes, not stated
 * in the text: say which one a sentence means.
 */

/**
 * Top of the compute axis of Kaplan's Fig. 1 (left), 10¹ PF-days: the paper's runs as a whole
 * stop below it, so anything beyond is extrapolation. Source: arXiv 2001.08361 Fig. 1, axis range.
 */
export const KAPLAN_RUNS_MAX_PF_DAYS = 10;

/**
 * The compute range of the compute-efficient allocation fit N ∝ C_min^0.73, about 10⁻⁷ to 10⁻¹
 * PF-days of C_min. Source: arXiv 2001.08361 Fig. 14 (left), compute axis.
 */
export const KAPLAN_ALLOCATION_RANGE_PF_DAYS = Object.freeze([1e-7, 1e-1] as const);
