/**
 * Lu et al. 2021, "Pretrained Transformers as Universal Computation Engines" (arXiv 2103.05247):
 * the Frozen Pretrained Transformer (FPT) freezes a pretrained GPT-2's self-attention and
 * feed-forward blocks and trains only a new input layer, a new output layer, the layer norms
 * and the positional embeddings (§2.2). This counts those parameters for a GPT-2-shaped model,
 * as the authors' code does it (kzl/universal-computation, fpt.py).
 */
import type { PresetSource } from "./sources.ts";
import { invalid, integer, preset as checkPreset, record } from "./validate.ts";

/** A GPT-2 shape: layers, width, vocabulary and context (learned position table). */
export interface Gpt2Shape {
  readonly nLayer: number;
  readonly dModel: number;
  readonly vocab: number;
  readonly contextLength: number;
  readonly source?: PresetSource;
}

/**
 * GPT-2 small, the model `FPT(model_name='gpt2')` loads: 12 layers, d_model 768 (hard-coded in
 * fpt.py as embedding_size), vocabulary 50,257 and 1,024 positions (the Hugging Face `gpt2`
 * configuration it downloads). 124,439,808 parameters in all.
 */
export const lu2021Gpt2Small: Gpt2Shape = Object.freeze({
  nLayer: 12,
  dModel: 768,
  vocab: 50257,
  contextLength: 1024,
  source: Object.freeze({
    id: "lu2021",
    arxiv: "2103.05247",
    url: "https://github.com/kzl/universal-computation",
    commit: "23b80fd",
    where: "universal_computation/fpt.py (model_name 'gpt2', embedding_size 768; freezing rules)",
    verification: "code",
  }),
});

const checkShape = (p: unknown): Gpt2Shape => {
  const s = checkPreset<Gpt2Shape>("preset", p, { nLayer: "positive", dModel: "positive", vocab: "positive", contextLength: "positive" });
  for (const key of ["nLayer", "dModel", "vocab", "contextLength"] as const) integer(`preset.${key}`, s[key], 1);
  return s;
};

/** The FPT's parameter counts. */
export interface FrozenTransformerCount {
  /** New input layer: inputDim·d_model + d_model. */ input: number;
  /** New output layer: d_model·outputDim + outputDim. */ output: number;
  /** Layer norms: (2·n_layer + 1)·2·d_model. */ layerNorm: number;
  /** Position-embedding rows trained × d_model. */ positional: number;
  /** input + output + layerNorm + positional. */ trainable: number;
  /** Transformer blocks and final layer norm (non-embedding): n_layer·(12·d² + 13·d) + 2·d. */ body: number;
  /** Token and position embeddings of the pretrained model: (vocab + contextLength)·d_model. */ embeddings: number;
  /** Everything the FPT holds: body + embeddings + input + output. */ total: number;
  /** trainable / (body + embeddings): the share of the pretrained model's weights. */ shareOfAll: number;
  /** trainable / body: the share of the non-embedding body that FLOPs scale with. */ shareOfBody: number;
}

/**
 * Trainable weights of Lu et al.'s Frozen Pretrained Transformer on GPT-2: input and output
 * layers, layer norms and position embeddings. `positionsTrained` rows of the
 * position table count; the authors' code sets `requires_grad` on the whole table (all
 * `contextLength` rows, the default), although a task with shorter sequences only ever
 * updates its first rows. Lu et al. state about 0.086% of GPT-2 small's weights for CIFAR-10
 * (§2.2, read in a summary: secondary); this count does not reproduce it exactly for either
 * reading, so both shares are returned and the essay says which it uses.
 * Source: arXiv 2103.05247 §2.2; kzl/universal-computation fpt.py @23b80fd (code).
 * Domain: The paper's ~0.086% (secondary) is not reproduced by either count; say which share a number uses.
 * @param options.inputDim input features per token (integer ≥ 1; CIFAR-10 with 4×4 patches: 48).
 * @param options.outputDim outputs (integer ≥ 1; CIFAR-10: 10).
 * @param options.positionsTrained position rows counted (integer in [0, contextLength]); default contextLength.
 * @param preset GPT-2 shape, default {@link lu2021Gpt2Small}.
 * @returns the counts and shares ({@link FrozenTransformerCount}).
 * @throws {RangeError|TypeError} for a non-integer or out-of-range value or a bad preset.
 */
export function frozenTransformerParams(
  options: { inputDim: number; outputDim: number; positionsTrained?: number },
  preset: Gpt2Shape = lu2021Gpt2Small,
): FrozenTransformerCount {
  const o = record("options", options, ["inputDim", "outputDim", "positionsTrained"]);
  const p = checkShape(preset);
  const inputDim = integer("inputDim", o.inputDim, 1);
  const outputDim = integer("outputDim", o.outputDim, 1);
  const positions = o.positionsTrained === undefined ? p.contextLength : integer("positionsTrained", o.positionsTrained, 0, p.contextLength);
  const d = p.dModel;
  const input = inputDim * d + d;
  const output = d * outputDim + outputDim;
  const layerNorm = (2 * p.nLayer + 1) * 2 * d;
  const positional = positions * d;
  const trainable = input + output + layerNorm + positional;
  const body = p.nLayer * (12 * d * d + 13 * d) + 2 * d;
  const embeddings = (p.vocab + p.contextLength) * d;
  const total = body + embeddings + input + output;
  if (!Number.isSafeInteger(total)) throw invalid("preset", "object", "shape too large to count exactly");
  return {
    input,
    output,
    layerNorm,
    positional,
    trainable,
    body,
    embeddings,
    total,
    shareOfAll: trainable / (body + embeddings),
    shareOfBody: trainable / body,
  };
}
