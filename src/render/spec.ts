/**
 * The JSON a page embeds for its islands (in a non-executing <script type="application/json">):
 * parameter specs and defaults, so controls work and URL state is validated before the model
 * itself has loaded. `<` is escaped so the JSON can never close the script element.
 */
import type { Model } from "../models/define.ts";
import { siteVersion } from "./version.ts";
import { siteInfo } from "./site.ts";

export function modelSpecJson(model: Model, site?: URL): string {
  const params = Object.fromEntries(
    model.paramNames.map((name) => {
      const { label, default: d, min, max, step, scale, unit, format } = model.params[name]!;
      return [name, { label, default: d, min, max, step, scale, unit, format }];
    }),
  );
  const info = siteInfo(site);
  const json = JSON.stringify({
    model: model.name,
    version: siteVersion().id,
    semver: siteVersion().semver,
    site: info.site,
    year: info.year,
    params,
    migrations: model.migrations ?? [],
  });
  return json.replace(/</g, "\\u003c");
}
