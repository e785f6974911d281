/**
 * The JSON a page embeds for its islands (in a non-executing <script type="application/json">):
 * parameter specs and defaults, so controls work and URL state is validated before the model
 * itself has loaded. `<` is escaped so the JSON can never close the script element.
 */
import type { Model } from "../models/define.ts";
import { siteVersion } from "./version.ts";

export function modelSpecJson(model: Model): string {
  const params = Object.fromEntries(
    model.paramNames.map((name) => {
      const { label, default: d, min, max, step, scale, unit, format } = model.params[name]!;
      return [name, { label, default: d, min, max, step, scale, unit, format }];
    }),
  );
  const json = JSON.stringify({ model: model.name, version: siteVersion().id, semver: siteVersion().semver, params, migrations: model.migrations ?? [] });
  return json.replace(/</g, "\\u003c");
}
