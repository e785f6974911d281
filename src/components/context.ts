/**
 * The essay being rendered, shared with the components its MDX uses (Param, Value, Figure,
 * Equation) through Astro.locals. Components resolve names here and fail the build with a
 * message naming the essay, the component, the bad name and the closest valid names.
 */
import type { Model, Params } from "../models/define.ts";
import { models, modelNames } from "../models/index.ts";
import { closestNames } from "../lib/closest.ts";

export interface EssayContext {
  /** Essay id (file name without extension) or page name, for messages. */
  essay: string;
  model: Model;
  params: Params;
  /** Figure names in document order, for numbering and "see Figure n" references. */
  figureOrder: string[];
  /** Ids of numbered equations (<Equation id="…">) in document order. */
  equationOrder?: string[];
  /** Where figure permalinks point (figure pages use the same components). */
  kind: "essay" | "figure-page";
}

export class AuthoringError extends Error {
  override name = "AuthoringError";
}

/** Build the context for an essay whose frontmatter names `modelName`. */
export function essayContext(essay: string, modelName: string | undefined, body: string): EssayContext | undefined {
  const uses = /<(Param|Value|Figure|Equation|Ref)\b/.test(body);
  if (!modelName) {
    if (uses)
      throw new AuthoringError(
        `[essay ${essay}] uses <Param>, <Value>, <Figure> or <Equation> but its frontmatter names no model. Fix: add \`model: <name>\` (one of: ${modelNames.join(", ")}).`,
      );
    return undefined;
  }
  const model = models[modelName];
  if (!model)
    throw new AuthoringError(
      `[essay ${essay}] frontmatter model "${modelName}" does not exist. Did you mean "${closestNames(modelName, modelNames)[0]}"? Models: ${modelNames.join(", ")}.`,
    );
  const figureOrder = [...body.matchAll(/<Figure\b[^>]*\bname=["']([^"']+)["']/g)].map((m) => m[1]!);
  const equationOrder = [...body.matchAll(/<Equation\b[^>]*\bid=["']([^"']+)["']/g)].map((m) => m[1]!);
  return { essay, model, params: model.defaults, figureOrder, equationOrder, kind: "essay" };
}

type Kind = "parameter" | "value" | "figure";

/** Resolve a name used by a component, or throw an authoring error that says how to fix it. */
export function resolve(ctx: EssayContext | undefined, component: string, kind: Kind, name: unknown, essayHint = "this page"): string {
  if (!ctx)
    throw new AuthoringError(`[essay ${essayHint}] <${component}> needs a model: add \`model: <name>\` to the frontmatter (models: ${modelNames.join(", ")}).`);
  const names = kind === "parameter" ? ctx.model.paramNames : kind === "value" ? Object.keys(ctx.model.values) : Object.keys(ctx.model.figures);
  if (typeof name !== "string" || !name) {
    throw new AuthoringError(
      `[essay ${ctx.essay}] <${component}> needs a name="…" prop naming a ${kind} of model "${ctx.model.name}": one of ${names.join(", ")}.`,
    );
  }
  if (!names.includes(name)) {
    // A Value may also show a parameter's current value.
    if (kind === "value" && ctx.model.paramNames.includes(name)) return name;
    const near = closestNames(name, kind === "value" ? [...names, ...ctx.model.paramNames] : names);
    throw new AuthoringError(
      `[essay ${ctx.essay}] <${component} name="${name}">: model "${ctx.model.name}" has no ${kind} "${name}". Did you mean ${near.map((n) => `"${n}"`).join(" or ")}? Fix the name in content/essays/${ctx.essay}.mdx or add it to src/models/${ctx.model.name}/${kind === "figure" ? `${name}.ts` : "index.ts"}.`,
    );
  }
  return name;
}
