/**
 * Social-card images (OpenGraph/Twitter, 1200×630 PNG), rasterised at build with resvg: an
 * essay's lead figure at its defaults, colours resolved to the light palette (the standalone
 * SVG file's markup), under the essay's title. resvg draws SVG text only with a font it is
 * given: one system font file, found once, so the image is the same on every build machine
 * that has it. Node only.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { Resvg } from "@resvg/resvg-js";
import { LIGHT_PALETTE } from "../lib/colors.ts";
import { SITE_NAME } from "../lib/cite.ts";

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

export interface OgFont {
  regular: string;
  bold: string | undefined;
  family: string;
}

/** Known places of a sans font with the superscripts and × the figures use (DejaVu first). */
const CANDIDATES: { file: string; bold: string; family: string }[] = [
  { file: "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", bold: "DejaVuSans-Bold.ttf", family: "DejaVu Sans" }, // Debian/Ubuntu
  { file: "/usr/share/fonts/dejavu-sans-fonts/DejaVuSans.ttf", bold: "DejaVuSans-Bold.ttf", family: "DejaVu Sans" }, // Fedora
  { file: "/usr/share/fonts/TTF/DejaVuSans.ttf", bold: "DejaVuSans-Bold.ttf", family: "DejaVu Sans" }, // Arch
  { file: "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf", bold: "LiberationSans-Bold.ttf", family: "Liberation Sans" },
  { file: "/System/Library/Fonts/Supplemental/Arial.ttf", bold: "Arial Bold.ttf", family: "Arial" }, // macOS
  { file: "C:\\Windows\\Fonts\\arial.ttf", bold: "arialbd.ttf", family: "Arial" },
];

let cachedFont: OgFont | undefined;

/** The font for social images, found once per build (see findOgFont). */
export function ogFont(): OgFont {
  cachedFont ??= findOgFont(process.env);
  return cachedFont;
}

/**
 * OG_FONT (a .ttf/.otf path) if set, else a known system font, else whatever
 * `fc-match sans-serif` names. Throws a build error saying what to install if none.
 */
export function findOgFont(env: Record<string, string | undefined>, candidates = CANDIDATES): OgFont {
  const fromEnv = env.OG_FONT;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`[og] OG_FONT=${fromEnv} does not exist; point it at a .ttf or .otf file, or unset it`);
    return { regular: fromEnv, bold: undefined, family: fcFamily(fromEnv) ?? "sans-serif" };
  }
  for (const c of candidates) {
    if (!existsSync(c.file)) continue;
    const bold = join(dirname(c.file), c.bold);
    return { regular: c.file, bold: existsSync(bold) ? bold : undefined, family: c.family };
  }
  try {
    const [file, family] = execFileSync("fc-match", ["-f", "%{file}\n%{family[0]}", "sans-serif"], {
      encoding: "utf8",
      env,
      stdio: ["ignore", "pipe", "ignore"],
    }).split("\n");
    if (file && existsSync(file) && /\.(ttf|otf|ttc)$/i.test(file)) return { regular: file, bold: undefined, family: family || "sans-serif" };
  } catch {
    // no fontconfig: fall through to the error below
  }
  throw new Error(
    "[og] no font found to draw text in the social-card images (src/pages/og/). Install one, e.g. `apt-get install fonts-dejavu-core` (Debian/Ubuntu), or set OG_FONT=/path/to/font.ttf",
  );
}

function fcFamily(file: string): string | undefined {
  try {
    return execFileSync("fc-scan", ["-f", "%{family[0]}", file], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim() || undefined;
  } catch {
    return undefined;
  }
}

function xmlEscape(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Greedy word wrap to `maxChars` characters a line; at most `lines` lines, the last one ellipsised. */
export function wrapText(text: string, maxChars: number, lines: number): string[] {
  const out: string[] = [];
  let line = "";
  const words = text.split(/\s+/).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const next = line ? `${line} ${word}` : word;
    if (next.length <= maxChars || !line) {
      line = next;
      continue;
    }
    out.push(line);
    line = word;
    if (out.length === lines - 1) {
      const rest = words.slice(i).join(" ");
      line = rest.length <= maxChars ? rest : `${rest.slice(0, maxChars - 1).replace(/\s+\S*$/, "")}…`;
      break;
    }
  }
  if (line) out.push(line);
  return out.slice(0, lines);
}

/**
 * The card as SVG: a title (optional) over the figure (a standalone, colour-resolved SVG file
 * nested and scaled to fit) or, with no figure, a subtitle; the site's name at the foot.
 */
export function ogCardSvg(options: { title?: string | undefined; subtitle?: string | undefined; figureSvg?: string | undefined }, family: string): string {
  const pad = 56;
  const fg = LIGHT_PALETTE["--plot-fg"]!;
  const muted = LIGHT_PALETTE["--plot-muted"]!;
  const titleSize = options.figureSvg ? 38 : 64;
  // Bold sans glyphs average about 0.62 em (DejaVu Sans Bold, Arial Bold); regular about 0.56 em.
  const titleLines = options.title ? wrapText(options.title, Math.floor((OG_WIDTH - 2 * pad) / (titleSize * 0.62)), options.figureSvg ? 2 : 3) : [];
  const lineHeight = titleSize * 1.2;
  const parts: string[] = [
    `<rect width="${OG_WIDTH}" height="${OG_HEIGHT}" fill="${LIGHT_PALETTE["--plot-bg"]}"/>`,
    `<rect width="${OG_WIDTH}" height="10" fill="${LIGHT_PALETTE["--series-1"]}"/>`,
  ];
  let y = 44 + titleSize;
  for (const line of titleLines) {
    parts.push(`<text x="${pad}" y="${y}" font-size="${titleSize}" font-weight="700" fill="${fg}">${xmlEscape(line)}</text>`);
    y += lineHeight;
  }
  const footY = OG_HEIGHT - 26;
  if (options.title !== SITE_NAME) parts.push(`<text x="${pad}" y="${footY}" font-size="22" fill="${muted}">${xmlEscape(SITE_NAME)}</text>`);
  if (options.figureSvg) {
    const top = titleLines.length ? y - lineHeight + 20 : pad;
    parts.push(nestFigure(options.figureSvg, pad, top, OG_WIDTH - 2 * pad, footY - 30 - top));
  } else if (options.subtitle) {
    const subSize = 30;
    for (const line of wrapText(options.subtitle, Math.floor((OG_WIDTH - 2 * pad) / (subSize * 0.56)), 4)) {
      y += 8;
      parts.push(`<text x="${pad}" y="${y}" font-size="${subSize}" fill="${muted}">${xmlEscape(line)}</text>`);
      y += subSize * 1.3;
    }
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 ${OG_WIDTH} ${OG_HEIGHT}" font-family="'${xmlEscape(family)}', sans-serif">${parts.join("")}</svg>`;
}

/** Place a standalone SVG file (with viewBox) in a box, centred, keeping its aspect ratio. */
function nestFigure(file: string, x: number, y: number, width: number, height: number): string {
  const markup = file.replace(/^<\?xml[^>]*>\s*/, "").trim();
  const open = /^<svg\b[^>]*>/.exec(markup);
  if (!open) throw new Error(`[og] invalid figure svg: ${markup.slice(0, 40)} (expected <svg>)`);
  const tag = open[0]
    .replace(/\s(?:x|y|width|height)="[^"]*"/g, "")
    .replace(/^<svg/, `<svg x="${x}" y="${y}" width="${width}" height="${height}" preserveAspectRatio="xMidYMid meet"`);
  return tag + markup.slice(open[0].length);
}

/** Rasterise a card to PNG bytes at exactly OG_WIDTH×OG_HEIGHT. */
export function ogPng(options: { title?: string | undefined; subtitle?: string | undefined; figureSvg?: string | undefined }): Uint8Array<ArrayBuffer> {
  const font = ogFont();
  const svg = ogCardSvg(options, font.family);
  const resvg = new Resvg(svg, {
    fitTo: { mode: "original" },
    font: {
      loadSystemFonts: false,
      fontFiles: [font.regular, ...(font.bold ? [font.bold] : [])],
      defaultFontFamily: font.family,
      sansSerifFamily: font.family,
      serifFamily: font.family,
      monospaceFamily: font.family,
    },
  });
  const image = resvg.render();
  if (image.width !== OG_WIDTH || image.height !== OG_HEIGHT)
    throw new Error(`[og] rendered ${image.width}×${image.height}, expected ${OG_WIDTH}×${OG_HEIGHT}`);
  return new Uint8Array(image.asPng());
}
