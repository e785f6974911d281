// One step of the staged warm-up (../prewarm.ts): evaluating this chunk evaluates d3-array, which Plot
// uses, in a task of its own. The binding is one Plot already imports, so nothing is added to the bundle.
export { ascending as default } from "d3";
