// Where an essay's update time goes: a CPU profile of 60 key presses on the control its first
// figure uses, summed by function (self and inclusive time). Build without minifying first, so
// the names are readable:
//   NO_MINIFY=1 npx astro build --outDir /tmp/slc-profile
//   node --experimental-strip-types bench/profile.mjs /tmp/slc-profile <essay> [cpu-throttling-rate]
import { throttledBrowser } from "./throttled.mjs";

const [dist, slug, rate = "1"] = process.argv.slice(2);
if (!dist || !slug) {
  console.error("usage: node --experimental-strip-types bench/profile.mjs <built site> <essay> [rate]");
  process.exit(2);
}
const { origin, open, close } = await throttledBrowser(dist);
try {
  const { page, cdp } = await open(rate);
  await page.goto(`${origin}/essays/${slug}/`, { waitUntil: "load" });
  await page.waitForSelector("law-scope[data-warm]", { timeout: 60_000 });
  await page.evaluate(async () => {
    document.querySelector("law-figure").scrollIntoView({ block: "center" });
    await new Promise((r) => setTimeout(r, 150));
  });
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
  await cdp.send("Profiler.start");
  const presses = 60;
  await page.evaluate(async (presses) => {
    const scope = document.querySelector("law-scope");
    const rt = await scope.load();
    const name = document.querySelector("law-figure").getAttribute("name");
    const uses = rt.model.figures[name].uses ?? rt.model.paramNames;
    const control = [...scope.querySelectorAll("law-param")].find((el) => uses.includes(el.getAttribute("name")));
    for (let i = 0; i < presses; i++) {
      control.dispatchEvent(new KeyboardEvent("keydown", { key: i % 4 < 2 ? "ArrowRight" : "ArrowLeft", bubbles: true }));
      await new Promise((r) => setTimeout(r, 30));
    }
  }, presses);
  const { profile } = await cdp.send("Profiler.stop");
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const key = (id) => {
    const f = byId.get(id).callFrame;
    return `${f.functionName || "(anonymous)"} ${f.url.split("/").pop()}:${f.lineNumber + 1}`;
  };
  const self = new Map();
  const inclusive = new Map();
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] / 1000;
    self.set(key(id), (self.get(key(id)) ?? 0) + dt);
    const seen = new Set();
    for (let cur = id; cur; cur = parent.get(cur)) {
      const k = key(cur);
      if (!seen.has(k)) {
        inclusive.set(k, (inclusive.get(k) ?? 0) + dt);
        seen.add(k);
      }
    }
  });
  const table = (map, n) =>
    [...map]
      .filter(([k]) => !k.startsWith("(idle)") && !k.startsWith("(root)") && !k.startsWith("(program)"))
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, v]) => `${(v / presses).toFixed(3).padStart(8)} ms/press  ${k}`)
      .join("\n");
  console.log(`${slug} at ${rate}× CPU, ${presses} presses; time per press\n\nself:\n${table(self, 25)}\n\ninclusive:\n${table(inclusive, 40)}`);
} finally {
  await close();
}
