/**
 * The numeric helpers the models use, written once in the law module (src/laws/numeric.ts) and
 * re-exported here through its barrel so a figure file imports them from one short path
 * (`../numeric.ts`). Nothing is defined here.
 */
export { bisect, brent, linearGrid, logGrid, memoize } from "../laws/index.ts";
export type { BisectOptions } from "../laws/index.ts";
