/**
 * Seeded pseudo-random numbers for bootstraps and synthetic noise, so every figure that uses
 * randomness is reproducible from its parameters (the law module never calls Math.random).
 */
import { integer } from "./validate.ts";

/**
 * A seeded generator of uniform numbers in [0, 1) (mulberry32). Tommy Ettinger's 32-bit-state
 * generator, public domain: fast, tiny and good enough for resampling; not cryptographic. Same
 * seed → same sequence on every engine.
 * Source: this site (no published law); the algorithm is Tommy Ettinger's mulberry32.
 * @param seed an integer in [0, 2^32 − 1].
 * @returns a function returning uniform numbers in [0, 1).
 * @throws {RangeError|TypeError} `invalid seed: …` for a non-integer or out-of-range seed.
 */
export function createRandom(seed: number): () => number {
  let state = integer("seed", seed, 0, 0xffffffff) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A standard normal deviate from a uniform generator (Box–Muller, one of the pair).
 * Source: this site (no published law); the Box–Muller transform.
 * @param random a generator from {@link createRandom}.
 * @returns a draw from N(0, 1).
 */
export function randomNormal(random: () => number): number {
  const u = 1 - random(); // (0, 1]: log(u) is finite
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}
