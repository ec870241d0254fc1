// Build time: the social cards (og:image), one 1200×630 PNG per page and per section of each edition, written to
// cards/index.png and cards/section-<id>.png. A card is the page's map state (the static map, StaticMap, the same
// drawing as maps/<state>.svg) beside a panel with the site's name, the title and the dek or the section's name,
// rendered to PNG by resvg (@resvg/resvg-js: a prebuilt binary that npm installs per platform, no download script).
//
// Fonts: resvg draws text only with font files it is given. The cards use DejaVu Sans (Latin, Cyrillic), the font
// the project already requires of a build and test machine (README: fonts-dejavu-core), looked up at its Debian
// path, then through fontconfig; KE_CARD_FONTS (regular,bold paths) overrides. Without any, the build warns and
// writes no cards (the pages still name them), rather than cards without words.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { renderAsync } from '@resvg/resvg-js';
import type { BaseMap } from '../lib/map/geo.ts';
import type { MapState } from '../lib/model/mapStateSchema.ts';
import type { SourceLike } from '../lib/map/mapModel.ts';

export const CARD_W = 1200;
export const CARD_H = 630;
const PANEL = 470;

export interface CardFonts {
  files: string[];
  family: string;
}

/** The card fonts on this machine, or null (with the reason in `why`). */
export function findCardFonts(env = process.env): CardFonts | { files: null; why: string } {
  if (env.KE_CARD_FONTS) {
    const files = env.KE_CARD_FONTS.split(',').map((f) => f.trim()).filter(Boolean);
    const missing = files.filter((f) => !existsSync(f));
    if (missing.length) return { files: null, why: `KE_CARD_FONTS names files that do not exist: ${missing.join(', ')}` };
    return { files, family: env.KE_CARD_FONT_FAMILY ?? 'DejaVu Sans' };
  }
  const dirs = ['/usr/share/fonts/truetype/dejavu', '/usr/share/fonts/dejavu', '/usr/share/fonts/TTF', '/usr/local/share/fonts', '/opt/homebrew/share/fonts', '/Library/Fonts'];
  for (const dir of dirs) {
    const files = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((f) => `${dir}/${f}`);
    if (files.every((f) => existsSync(f))) return { files, family: 'DejaVu Sans' };
  }
  try {
    const files = ['DejaVu Sans', 'DejaVu Sans:bold'].map((q) => execFileSync('fc-match', ['-f', '%{file}', q], { encoding: 'utf8' }).trim());
    if (files.every((f) => /DejaVuSans/i.test(f) && existsSync(f))) return { files, family: 'DejaVu Sans' };
  } catch {
    // no fontconfig
  }
  return { files: null, why: 'DejaVu Sans was not found (install fonts-dejavu-core, or set KE_CARD_FONTS=regular.ttf,bold.ttf)' };
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Greedy line breaking by an estimate of DejaVu Sans's widths (generous: it is a wide face). */
export function wrap(text: string, size: number, width: number, bold = false): string[] {
  const per = size * (bold ? 0.66 : 0.58);
  const max = Math.max(4, Math.floor(width / per));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (!line) line = word;
    else if ((line + ' ' + word).length <= max) line += ' ' + word;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

export interface CardText {
  /** The site's name, small, at the top ("Karabakh Explained"). */
  site: string;
  /** The big words: the story's title, or the section's. */
  title: string;
  /** Under it: the dek, or the story's title for a section. */
  sub: string;
}

/** The card as one SVG: the panel with its words on the left, the map state's static map on the right. */
export function cardSvg(mapSvg: string, text: CardText, family: string): string {
  const x = 48;
  const inner = PANEL - 2 * x;
  // The title gets smaller until it fits in five lines.
  let size = 54;
  let lines = wrap(text.title, size, inner, true);
  while (lines.length > 4 && size > 34) lines = wrap(text.title, (size -= 4), inner, true);
  const lh = Math.round(size * 1.15);
  let y = 172;
  const title = lines.map((l, i) => `<tspan x="${x}" y="${y + i * lh}">${esc(l)}</tspan>`).join('');
  y += (lines.length - 1) * lh + 56;
  const subLines = wrap(text.sub, 24, inner).slice(0, Math.max(1, Math.floor((CARD_H - 40 - y) / 31)));
  const sub = subLines.map((l, i) => `<tspan x="${x}" y="${y + i * 31}">${esc(l)}</tspan>`).join('');
  const map = nonScalingStrokes(mapSvg)
    .replace(/^<\?xml[^>]*>\s*/, '')
    .replace(/<svg\b/, `<svg x="${PANEL}" y="0"`)
    .replace(/<title>[^]*?<\/title>/, '')
    // No locator inset on a card (and resvg 2.6 aborts on its clipped <use> inside a nested <svg>).
    .replace(/<g class="inset"[^]*?<\/g><rect[^>]*><\/rect><\/g>/, '')
    .replace(/<clipPath id="[^"]*-inset">[^]*?<\/clipPath>/, '');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_W}" height="${CARD_H}" viewBox="0 0 ${CARD_W} ${CARD_H}" font-family="${esc(family)}, sans-serif">` +
    `<rect width="${CARD_W}" height="${CARD_H}" fill="#fbfaf7"/>` +
    map +
    `<rect x="0" y="0" width="${PANEL}" height="${CARD_H}" fill="#fbfaf7"/>` +
    `<rect x="${PANEL - 1}" y="0" width="2" height="${CARD_H}" fill="#d9d4c7"/>` +
    `<rect x="${x}" y="56" width="44" height="6" fill="#0b5cad"/>` +
    `<text x="${x}" y="98" font-size="24" font-weight="700" fill="#0b5cad">${esc(text.site)}</text>` +
    `<text font-size="${size}" font-weight="700" fill="#1b1b1f">${title}</text>` +
    `<text font-size="24" fill="#4d4d57">${sub}</text>` +
    `</svg>`
  );
}

/**
 * resvg does not know `vector-effect="non-scaling-stroke"` (the map's lines keep their width at every zoom): the
 * static map's shapes sit in one group scaled by k, so each such stroke's width and dashes are divided by k.
 */
export function nonScalingStrokes(svg: string): string {
  const k = Number(/<g transform="translate\([^)]*\) scale\(([\d.]+)\)">/.exec(svg)?.[1] ?? 1);
  if (!(k > 0) || k === 1) return svg;
  const div = (v: string) => v.split(/[\s,]+/).map((n) => +(Number(n) / k).toFixed(4)).join(' ');
  return svg.replace(/<path\b[^>]*vector-effect="non-scaling-stroke"[^>]*>/g, (tag) =>
    tag
      .replace(/ vector-effect="non-scaling-stroke"/, '')
      .replace(/stroke-width="([^"]+)"/, (_, w: string) => `stroke-width="${div(w)}"`)
      .replace(/stroke-dasharray="([^"]+)"/, (_, d: string) => `stroke-dasharray="${div(d)}"`),
  );
}

/** A card as PNG bytes, rendered off the main thread (resvg's async render runs in libuv's pool), so that the build
 * goes on with the next edition meanwhile. */
export async function renderCard(svg: string, fonts: CardFonts): Promise<Buffer> {
  const image = await renderAsync(svg, {
    fitTo: { mode: 'width', value: CARD_W },
    font: { fontFiles: fonts.files, loadSystemFonts: false, defaultFontFamily: fonts.family, sansSerifFamily: fonts.family },
    shapeRendering: 2,
    textRendering: 1,
  });
  return image.asPng();
}

export interface CardJob {
  /** cards/index.png, cards/section-<id>.png */
  file: string;
  state: MapState;
  text: CardText;
}

/** The width and height of a PNG, read from its header. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const v = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: v.getUint32(16), height: v.getUint32(20) };
}

export type StaticSvg = (base: BaseMap, state: MapState, sources: SourceLike[], width: number, height: number) => string;
