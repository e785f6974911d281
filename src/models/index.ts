/**
 * Every essay's model, by name (its file name in src/models), discovered at build so adding an
 * essay's model needs no edit here. Build-time registry: the browser loads one model at a time
 * through src/islands/runtime.ts instead.
 */
import type { Model } from "./define.ts";

const found = import.meta.glob<{ default: Model }>(["./*.ts", "!./index.ts", "!./define.ts", "!./figure.ts", "!./state.ts", "!./params.ts", "!./labels.ts", "!./numeric.ts", "!./*.test.ts"], { eager: true });

export const models: Readonly<Record<string, Model>> = Object.freeze(
  Object.fromEntries(
    Object.entries(found)
      .filter(([, mod]) => mod.default && typeof mod.default === "object" && "figures" in mod.default)
      .map(([path, mod]) => {
        const name = path.replace(/^\.\/|\.ts$/g, "");
        if (mod.default.name !== name) throw new Error(`[model ${name}] src/models/${name}.ts declares name "${mod.default.name}"; they must match`);
        return [name, mod.default];
      }),
  ),
);

export const modelNames: readonly string[] = Object.keys(models).sort();
