// The d3 bindings the warm-up steps re-export (./*.ts). Only evaluating their packages matters, so
// they are typed as unknown rather than adding @types/d3 for names the site never calls itself.
declare module "d3" {
  export const ascending: unknown;
  export const rgb: unknown;
  export const interpolateNumber: unknown;
  export const format: unknown;
  export const utcDay: unknown;
  export const utcFormat: unknown;
  export const scaleLinear: unknown;
  export const select: unknown;
  export const axisBottom: unknown;
  export const pathRound: unknown;
  export const curveLinear: unknown;
  export const schemeTableau10: unknown;
  export const geoPath: unknown;
}
