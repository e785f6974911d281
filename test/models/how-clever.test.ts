import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  besiroglu2024,
  chinchillaLoss,
  chinchillaTokensPerParam,
  costOptimal,
  defaultChinchillaFit,
  hoffmann2022,
  muennighoff2023,
} from "../../src/laws/index.ts";
import model, { FLOP_PRICE, halfSharePrice } from "../../src/models/how-clever/index.ts";
import { WELL_PRICE, minCostForLoss, muennighoffForm, priceForTokens, repeatMultiplier, worthPaying } from "../../src/models/how-clever/shared.ts";
import { expectClose } from "../laws/helpers.ts";
import { inRangeState } from "./helpers.ts";

const fcOptions = { seed: 20260301, numRuns: 200 } as const;

const state = inRangeState(model);

describe("how-clever model: parameters", () => {
  it("takes its defaults from the quoted inputs (ranges: define.test.ts)", () => {
    // The seed: "a single data point on my last project cost AUD700,000" (MacKinlay).
    expect(WELL_PRICE).toBe(700_000);
    expect(model.defaults.budget).toBe(50 * WELL_PRICE);
    expect(model.defaults.pricePerFlop).toBe(FLOP_PRICE);
    // Muennighoff et al. 2023 abstract: "up to 4 epochs of repeated data".
    expect(model.defaults.epochs).toBe(4);
  });
});

describe("how-clever model: every value and figure row is finite", () => {
  it("across random in-range states", () => {
    fc.assert(
      fc.property(state, (p) => {
        for (const [name, v] of Object.entries(model.values)) {
          const x = v.compute(p);
          expect(Number.isFinite(x), `${name} = ${x}`).toBe(true);
        }
        for (const [name, f] of Object.entries(model.figures)) {
          const rows = f.compute(p);
          expect(rows.length).toBeGreaterThan(0);
          expect(rows.length).toBeLessThanOrEqual(200);
          for (const row of rows) {
            for (const [key, x] of Object.entries(row)) {
              if (typeof x === "number") expect(Number.isFinite(x), `${name}.${key} = ${x}`).toBe(true);
            }
          }
          expect(f.describe(rows, p)).not.toMatch(/NaN|—|∞/);
        }
      }),
      { ...fcOptions, numRuns: 200 },
    );
    // 200 states × every value and figure (each figure solves ~100 cost-optimal plans): seconds of
    // CPU, many more on a shared machine; a time limit here would test the machine, not the model
    // (speed is measured by npm run bench). Same limit as define.test.ts's random-state tests.
  }, 60_000);
});

describe("minCostForLoss: the dual of costOptimal", () => {
  it("the least money reaching the cost-optimal loss is the budget itself", () => {
    // Tolerance 1e-6: both solvers bisect to ~1e-12 in log D; the cost is flat at the optimum.
    fc.assert(
      fc.property(
        fc.double({ min: Math.log(1e5), max: Math.log(1e10), noNaN: true }),
        fc.double({ min: Math.log(1e-10), max: Math.log(1e4), noNaN: true }),
        fc.double({ min: Math.log(1e-20), max: Math.log(1e-15), noNaN: true }),
        fc.constantFrom(hoffmann2022, besiroglu2024, muennighoffForm),
        (lb, lt, lf, preset) => {
          const budget = Math.exp(lb);
          const pricePerToken = Math.exp(lt);
          const pricePerFlop = Math.exp(lf);
          const o = costOptimal({ budget, pricePerFlop, pricePerToken }, preset);
          expectClose(minCostForLoss(o.loss, pricePerToken, pricePerFlop, preset), budget, 1e-6, "dual of the same problem");
        },
      ),
      fcOptions,
    );
  });
  it("is Infinity for a loss at or below E", () => {
    expect(minCostForLoss(hoffmann2022.E, 1, 1e-18, hoffmann2022)).toBe(Infinity);
  });
  it("reaches the loss it was asked for (checked with chinchillaLoss at a reconstructed plan)", () => {
    // Free data: the cost-minimising plan is the compute-optimal one, D/N from chinchillaTokensPerParam.
    const budget = 1e6;
    const o = costOptimal({ budget, pricePerFlop: 1e-18 });
    expectClose(o.tokensPerParam, chinchillaTokensPerParam({ flops: budget / 1e-18 }), 1e-9, "costOptimal with free data is Chinchilla's eq 4");
    expectClose(minCostForLoss(chinchillaLoss({ params: o.params, tokens: o.tokens }), 0, 1e-18, hoffmann2022), budget, 1e-6, "bisection");
  });
});

describe("worthPaying: the money a method saves at equal loss", () => {
  const p = model.defaults;
  it("a method worth 1× data is worth nothing", () => {
    expect(Math.abs(worthPaying(p.budget, 1e-5, p.pricePerFlop, { multiplier: 1, computePerToken: 1 }, hoffmann2022))).toBeLessThan(p.budget * 1e-6);
  });
  it("a generic m× method is worth nearly nothing for free data and tends to (1 − 1/m) of the budget for dear data", () => {
    const m = 3;
    const cheap = worthPaying(p.budget, 1e-14, p.pricePerFlop, { multiplier: m, computePerToken: m }, hoffmann2022);
    const dear = worthPaying(p.budget, WELL_PRICE, p.pricePerFlop, { multiplier: m, computePerToken: m }, hoffmann2022);
    expect(cheap / p.budget).toBeLessThan(1e-4);
    expectClose(dear / p.budget, 1 - 1 / m, 1e-4, "data takes all but ~1e-5 of the budget at the well price");
  });
  it("rises with the price of data", () => {
    const prices = [1e-9, 1e-7, 1e-5, 1e-3, 1e-1, 10];
    const worths = prices.map((pT) => worthPaying(p.budget, pT, p.pricePerFlop, { multiplier: 2, computePerToken: 2 }, hoffmann2022));
    for (let i = 1; i < worths.length; i++) expect(worths[i]).toBeGreaterThan(worths[i - 1]!);
  });
  it("repetition costs money when data is nearly free (its extra compute buys less than new data would)", () => {
    const w = worthPaying(p.budget, 1e-12, p.pricePerFlop, { multiplier: repeatMultiplier(4), computePerToken: 4 }, muennighoffForm);
    expect(w).toBeLessThan(0);
  });
});

describe("repetition: Muennighoff et al.'s own fit", () => {
  it("one epoch is exactly the unique data; endless repetition tends to 1 + R_D*", () => {
    expect(repeatMultiplier(1)).toBe(1);
    // R_D* = 15.387756 (datablations README, Parametric Fit, commit 1370131).
    expectClose(repeatMultiplier(1e6), 1 + 15.387756, 1e-12, "exp(−R/R*) underflows to 0");
  });
  it("4 epochs: R_D = 3, D′/U = 1 + R*(1 − e^(−3/R*)), 'almost as good as unique data' (abstract)", () => {
    const expected = 1 + muennighoff2023.rdStar * (1 - Math.exp(-3 / muennighoff2023.rdStar));
    expectClose(repeatMultiplier(4), expected, 1e-12, "same formula, expm1 vs 1 − exp");
    expect(repeatMultiplier(4) / 4).toBeGreaterThan(0.9);
  });
  it("never mixes R_D* into Hoffmann's constants: the repetition form is Muennighoff's E, A, B, α, β", () => {
    expect(muennighoffForm.alpha).toBe(muennighoff2023.alpha);
    expect(muennighoffForm.B).toBe(muennighoff2023.B);
    expect(muennighoffForm.E).not.toBe(hoffmann2022.E);
  });
});

describe("price thresholds", () => {
  const p = model.defaults;
  it("halfSharePrice is where the optimal plan spends half the budget on data", () => {
    const pT = halfSharePrice(p.budget, p.pricePerFlop, defaultChinchillaFit);
    const o = costOptimal({ budget: p.budget, pricePerFlop: p.pricePerFlop, pricePerToken: pT }, defaultChinchillaFit);
    expectClose((pT * o.tokens) / p.budget, 0.5, 1e-6, "bisection to 1e-9 in log price");
  });
  it("priceForTokens is where the optimal data falls to Chinchilla's smallest fitted data set (5B tokens, arXiv 2203.15556 abstract)", () => {
    const pT = priceForTokens(p.budget, p.pricePerFlop, 5e9, defaultChinchillaFit);
    expectClose(
      costOptimal({ budget: p.budget, pricePerFlop: p.pricePerFlop, pricePerToken: pT }, defaultChinchillaFit).tokens,
      5e9,
      1e-6,
      "bisection to 1e-9 in log price",
    );
  });
  it("the well's plan spends all but a sliver on data, and its ratio is far below the compute-optimal one", () => {
    const well = model.values.ratioWell!.compute(p);
    expect(well).toBeLessThan(1e-6 * model.values.computeOptimalRatio!.compute(p));
    expect(model.values.shareWell!.compute(p)).toBeGreaterThan(0.999);
  });
  it("web text is close to the compute-optimal ratio (within 5%: its data share is under 1%)", () => {
    expectClose(model.values.ratioWeb!.compute(p), model.values.computeOptimalRatio!.compute(p), 0.05, "data share < 1% at the web-text price");
  });
});

describe("how-clever model: the site's default fit and the 0.1.0 migration", () => {
  const v = (name: string, p = model.defaults) => model.values[name]!.compute(p);
  const before = { ...model.defaults, ...model.migrations!.find((m) => m.before === "0.2.0")!.defaults } as typeof model.defaults;
  it("uses Besiroglu et al.'s refit by default and the printed constants for a 0.1.0 link", () => {
    expect(model.defaults.fit).toBe(0);
    expect(before.fit).toBe(1);
    // The numbers issue 15 quotes (an outside review's recomputation), to the digits it gives:
    // web-text data share 0.547% (printed) vs 0.20% (refit); a 2× method's worth 0.274% vs 0.10%.
    expect(v("shareWeb") * 100).toBeCloseTo(0.2, 2);
    expect(v("shareWeb", before) * 100).toBeCloseTo(0.547, 3);
    expect(v("shareWebPrinted") * 100).toBeCloseTo(0.547, 3);
    expect(v("worthGenericShareWeb") * 100).toBeCloseTo(0.1, 2);
    expect(v("worthGenericShareWeb", before) * 100).toBeCloseTo(0.274, 3);
  });
  it("tells repeated tokens from the average over all tokens (Muennighoff et al.'s R_D*)", () => {
    // At 4 epochs: D'/U = 1 + R*(1 − e^(−3/R*)) with R* = 15.387756 (datablations README).
    const m = 1 + muennighoff2023.rdStar * (1 - Math.exp(-3 / muennighoff2023.rdStar));
    expect(v("repeatTokenValue", { ...model.defaults, epochs: 4 })).toBeCloseTo(m / 4, 12); // ≈ 93.1%, all tokens
    expect(v("repeatedTokenValue", { ...model.defaults, epochs: 4 })).toBeCloseTo((m - 1) / 3, 12); // ≈ 90.9%, epochs 2–4
    expect(v("repeatedTokenValue", { ...model.defaults, epochs: 4 })).toBeLessThan(v("repeatTokenValue", { ...model.defaults, epochs: 4 }));
  });
});
