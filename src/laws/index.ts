/**
 * The law module: every published scaling law the site uses, with its constants and sources.
 * Pure TypeScript; runs unchanged in Node, the browser and a web worker. Named re-exports only.
 */
export { sources, sourceIds } from "./sources.ts";
export type { Source, SourceId, PresetSource, Verification } from "./sources.ts";

export { PF_DAY_FLOPS, pfDaysToFlops, flopsToPfDays } from "./units.ts";
export { trainingFlops, flopsPerToken, kaplanTrainingFlopsFromCmin, kaplanCminFromTrainingFlops } from "./compute.ts";
export type { FlopsPerTokenOptions } from "./compute.ts";
export { kaplanParamsFromShape, kaplanForwardFlopsPerToken, kaplanContextOverhead } from "./kaplanShape.ts";
export type { TransformerShape } from "./kaplanShape.ts";

export { kaplan2020, kaplanLossParams, kaplanLossTokens, kaplanLossCompute, kaplanCriticalBatch } from "./kaplan.ts";
export type { Kaplan2020 } from "./kaplan.ts";
export {
  kaplan2020Table2,
  kaplan2020Table3,
  kaplanLoss,
  kaplanOverfitting,
  kaplanDataToAvoidOverfitting,
  kaplanDataForOverfitting,
  kaplanLossParamsSteps,
} from "./kaplanJoint.ts";
export type { Kaplan2020Table2, Kaplan2020Table3 } from "./kaplanJoint.ts";
export { kaplan2020Allocation, kaplanOptimalParams, kaplanOptimalTokens, kaplanOptimalParamsFromTokens } from "./kaplanAllocation.ts";
export type { Kaplan2020Allocation } from "./kaplanAllocation.ts";
export {
  kaplan2020EfficientExponents,
  kaplanEfficientScaling,
  kaplanMinComputeExponents,
  kaplanEfficientStoppingFactor,
  kaplanConvergenceCost,
} from "./kaplanEfficient.ts";
export type { Kaplan2020EfficientExponents, KaplanExponentInputs } from "./kaplanEfficient.ts";
export { kaplanCrossover, kaplan2020StatedCrossover } from "./kaplanCrossover.ts";
export type { KaplanCrossover, KaplanCrossoverConstants, KaplanStatedCrossover } from "./kaplanCrossover.ts";

export {
  hoffmann2022,
  hoffmann2022Unrounded,
  besiroglu2024,
  besiroglu2024GridFit,
  gadre2024RedPajama,
  defaultChinchillaFit,
  hoffmann2022Table2,
  hoffmann2022Table3,
  hoffmann2022Gopher,
  hoffmann2022Chinchilla,
  hoffmann2022GopherBudget,
} from "./chinchillaPresets.ts";
export type { ChinchillaPreset, ChinchillaIntervals, Hoffmann2022Table2Row, Hoffmann2022Table3Row, TrainedModel } from "./chinchillaPresets.ts";
export {
  chinchillaLoss,
  chinchillaOptimal,
  chinchillaAllocationExponents,
  chinchillaDataExponent,
  chinchillaTokensPerParam,
  chinchillaIsoFlopLoss,
} from "./chinchilla.ts";
export { costOptimal } from "./costOptimal.ts";
export { inferenceOptimal, chinchillaTokensForLoss, impliedInferenceTokens } from "./inferenceOptimal.ts";
export type { InferenceOptimum } from "./inferenceOptimal.ts";
export type { CostOptimal, CostOptimalOptions } from "./costOptimal.ts";

export {
  hernandez2021TextToPython,
  hernandez2021MixToPython,
  transferredData,
  transferMultiplier,
  transferDataForModelScale,
  transferFineTuneDataForEffective,
} from "./transfer.ts";
export type { TransferPreset } from "./transfer.ts";
export { fitTransfer } from "./transferFit.ts";
export type { TransferFit, TransferPoint } from "./transferFit.ts";

export { muennighoff2023, effectiveTokens, effectiveParams, dataConstrainedLoss } from "./dataConstrained.ts";
export type { Muennighoff2023 } from "./dataConstrained.ts";
export {
  villalobos2024Stock,
  villalobos2024Projection,
  dataExhaustionYear,
  dataExhaustionYearFromTrend,
  repeatedDataValue,
} from "./dataExhaustion.ts";
export type { Villalobos2024Stock, DataExhaustion } from "./dataExhaustion.ts";

export {
  deepseek2024,
  deepseek2024Table4,
  deepseekFlopsPerToken,
  deepseekModelScales,
  deepseekOptimal,
  deepseekHyperparameters,
} from "./deepseek.ts";
export type { DeepSeek2024, DeepSeek2024Table4Row } from "./deepseek.ts";
export { cotra2020BioAnchors, bioAnchorsComputeMultiplier } from "./bioAnchors.ts";
export type { BioAnchorsDataScaling } from "./bioAnchors.ts";
export { lu2021Gpt2Small, frozenTransformerParams } from "./frozenTransformer.ts";
export type { Gpt2Shape, FrozenTransformerCount } from "./frozenTransformer.ts";

export { createRandom, randomNormal } from "./random.ts";
export { bisect, brent, memoize } from "./numeric.ts";
export { linearGrid, logGrid, significant12 } from "./grid.ts";
export type { BisectOptions } from "./numeric.ts";

export { lbfgs } from "./fit/lbfgs.ts";
export type { LbfgsOptions, LbfgsResult, ObjectiveWithGradient } from "./fit/lbfgs.ts";
export { chinchillaObjective, hoffmann2022Grid } from "./fit/chinchillaObjective.ts";
export type { ChinchillaGrid, LogPoints } from "./fit/chinchillaObjective.ts";
export { fitChinchilla } from "./fit/chinchillaFit.ts";
export type { ChinchillaEstimate, ChinchillaFit, ChinchillaFitOptions, ChinchillaPoint } from "./fit/chinchillaFit.ts";
export { bootstrapChinchilla } from "./fit/bootstrap.ts";
export type { ChinchillaBootstrap, ChinchillaBootstrapOptions } from "./fit/bootstrap.ts";
export { fitChinchillaApproach2 } from "./fit/approach2.ts";
export type { Approach2Fit, Approach2Options, IsoFlopGroup, IsoFlopRun } from "./fit/approach2.ts";
export { parseChinchillaFigure4, selectBesiroglu240 } from "./fit/figure4.ts";
export type { Figure4Point } from "./fit/figure4.ts";
export { invalid } from "./validate.ts";
