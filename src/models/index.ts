/**
 * Every essay's model, by name: the folder `src/models/<name>/`, whose `index.ts` declares the
 * parameters, values and migrations and whose other files are its figures, one file each. Found at
 * build, so adding an essay's model or a figure needs no edit here. Build-time registry: the browser
 * loads one model at a time through src/islands/runtime.ts instead.
 */
import type { Model } from "./define.ts";

const found = import.meta.glob<{ default?: Model }>("./*/index.ts", { eager: true });

export const models: Readonly<Record<string, Model>> = Object.freeze(
  Object.fromEntries(
    Object.entries(found).map(([path, mod]) => {
      const name = path.replace(/^\.\/|\/index\.ts$/g, "");
      const model = mod.default;
      if (!model || typeof model !== "object" || !("figures" in model))
        throw new Error(`[model ${name}] src/models/${name}/index.ts must export default defineModel<P>({...})`);
      if (model.name !== name) throw new Error(`[model ${name}] src/models/${name}/index.ts declares name "${model.name}"; they must match`);
      return [name, model];
    }),
  ),
);

export const modelNames: readonly string[] = Object.keys(models).sort();
