/**
 * Unit conversions. Canonical units in the law module are raw counts, FLOPs and nats per
 * token; every other unit carries its name (`computePfDays`) and converts only here.
 */
import { positive } from "./validate.ts";

/**
 * FLOPs in one petaflop/s-day: 1e15 FLOP/s × 24 × 3600 s = 8.64e19 FLOP.
 * Source: Kaplan et al. 2020 (arXiv 2001.08361), §1.3 "PF-days".
 */
export const PF_DAY_FLOPS = 8.64e19;

/**
 * Convert petaflop/s-days to FLOPs. `flops = pfDays · 8.64e19`.
 * Source: Kaplan et al. 2020 (arXiv 2001.08361) §1.3 (PF-days, the unit of its compute figures).
 * @param pfDays compute in PF-days, finite and > 0.
 * @returns compute in FLOPs.
 * @throws {RangeError|TypeError} `invalid pfDays: …` if not a finite number > 0.
 */
export function pfDaysToFlops(pfDays: number): number {
  return positive("pfDays", pfDays) * PF_DAY_FLOPS;
}

/**
 * Convert FLOPs to petaflop/s-days. `pfDays = flops / 8.64e19`.
 * Source: Kaplan et al. 2020 (arXiv 2001.08361) §1.3 (PF-days).
 * @param flops compute in FLOPs, finite and > 0.
 * @returns compute in PF-days.
 * @throws {RangeError|TypeError} `invalid flops: …` if not a finite number > 0.
 */
export function flopsToPfDays(flops: number): number {
  return positive("flops", flops) / PF_DAY_FLOPS;
}
