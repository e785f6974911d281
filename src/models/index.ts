/**
 * Every essay's model, by name (its file name in src/models), discovered at build so adding an
 * essay's model needs no edit here. Build-time registry: the browser loads one model at a time
 * through src/islands/runtime.ts instead.
 */
import type { Model } from "./define.ts";

// Every file here; only those whose default export is a model (has `figures`) count, so helper
// files (define, figure, params, labels, …) need no list.
const found = import.meta.glob<{ default?: Model }>(["./*.ts", "!./index.ts"], { eager: true });

export const models: Readonly<Record<string, Model>> = Object.freeze(
  Object.fromEntries(
    Object.entries(found)
      .filter((entry): entry is [string, { default: Model }] => !!entry[1].default && typeof entry[1].default === "object" && "figures" in entry[1].default)
      .map(([path, mod]) => {
        const name = path.replace(/^\.\/|\.ts$/g, "");
        if (mod.default.name !== name) throw new Error(`[model ${name}] src/models/${name}.ts declares name "${mod.default.name}"; they must match`);
        return [name, mod.default];
      }),
  ),
);

export const modelNames: readonly string[] = Object.keys(models).sort();
