/**
 * The range Hoffmann et al. 2022 fitted their law on: "over 400 language models ranging from 70
 * million to over 16 billion parameters on 5 to 500 billion tokens" (arXiv 2203.15556, abstract
 * and §3). One place for the models that mark extrapolation outside it. No default export: not a model.
 */
export const CHINCHILLA_FIT_RANGE = Object.freeze({ minParams: 7e7, maxParams: 1.6e10, minTokens: 5e9, maxTokens: 5e11 });
