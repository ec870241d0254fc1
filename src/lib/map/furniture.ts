// Where the map's furniture goes in screen px (title, legend, scale bar, locator inset, attribution), so the
// label placer can keep clear of it. Pure: the same layout for the live panel and the static SVG.
import type { MapState } from '../model/mapStateSchema.ts';
import type { Rect } from './labels.ts';

export const FS = { title: 14, legend: 11, attribution: 9.5 } as const;
const EM = 0.6;
const PAD = 8;

/** Greedy word wrap by estimated width. */
export function wrap(text: string, fontSize: number, maxWidth: number, em = EM): string[] {
  const max = Math.max(8, Math.floor(maxWidth / (fontSize * em)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && (line + ' ' + word).length > max) {
      lines.push(line);
      line = word;
    } else line = line ? line + ' ' + word : word;
  }
  if (line) lines.push(line);
  return lines;
}

export interface Furniture {
  title: { x: number; y: number; lines: string[] };
  legend: { x: number; y: number; w: number; h: number; rows: { key: string; text: string; lines: string[]; y: number }[]; source: { lines: string[]; y: number } | null };
  scale: { x: number; y: number };
  inset: Rect | null;
  attribution: { x: number; y: number; lines: string[] };
  obstacles: Rect[];
}

export const LEGEND_ROW = 17;
export const SWATCH_W = 22;
/** The step between the lines of a legend key that wraps. */
export const LEGEND_LINE = 13;

/**
 * Lays out the furniture for a width × height map. `sourceText` is the state's sources line, `showInset` whether
 * the locator inset is worth showing (the view is a close-up).
 */
export function layoutFurniture(state: MapState, width: number, height: number, opts: { sourceText?: string; showInset: boolean; top?: number }): Furniture {
  const top = opts.top ?? 0;
  // A band at the top kept free for whatever the page floats over the map (the timeline bar).
  const obstacles: Rect[] = top ? [{ x: 0, y: 0, w: width, h: top }] : [];
  const inner = width - 2 * PAD;
  // Attribution: bottom, full width.
  const attrLines = (state.attribution ?? []).flatMap((s) => wrap(s, FS.attribution, inner, 0.56));
  const attrH = attrLines.length * FS.attribution * 1.25;
  const attrY = height - PAD - attrH;
  obstacles.push({ x: 0, y: attrY - 4, w: width, h: height - attrY + 4 });

  // Legend: bottom-left, above the attribution.
  const keys = state.legend ?? [];
  const legendW = Math.min(inner, Math.max(120, ...keys.map((k) => SWATCH_W + 6 + (state.legendText?.[k] ?? k).length * FS.legend * EM)) + 12);
  const sourceLines = opts.sourceText ? wrap(opts.sourceText, FS.attribution, legendW - 12, 0.56) : [];
  // A key's words wrap inside the box when the panel is narrow (a phone's "…2020 (approx.)" ran past it).
  const keyLines = keys.map((k) => wrap(state.legendText?.[k] ?? k, FS.legend, legendW - SWATCH_W - 18));
  const rowH = keyLines.map((l) => LEGEND_ROW + (l.length - 1) * LEGEND_LINE);
  const keysH = rowH.reduce((a, b) => a + b, 0);
  const legendH = keysH + sourceLines.length * FS.attribution * 1.25 + (keys.length || sourceLines.length ? 10 : 0);
  const legendY = attrY - 6 - legendH;
  let rowY = legendY + 5;
  const rows = keys.map((k, i) => {
    const row = { key: k, text: state.legendText?.[k] ?? k, lines: keyLines[i], y: rowY };
    rowY += rowH[i];
    return row;
  });
  if (legendH > 0) obstacles.push({ x: PAD - 2, y: legendY - 2, w: legendW + 4, h: legendH + 4 });

  // Scale bar: bottom-right, above the attribution (or above the legend when they would meet).
  const scaleW = 150;
  const scaleBeside = PAD + legendW + 12 + scaleW < width - PAD;
  const scaleY = (scaleBeside ? attrY : legendY) - 10;
  const scale = { x: width - PAD - scaleW + 6, y: scaleY };
  obstacles.push({ x: width - PAD - scaleW, y: scaleY - 18, w: scaleW + PAD, h: 24 });

  // Title: top-left.
  const titleLines = wrap(state.title, FS.title, inner - (opts.showInset ? 110 : 0), 0.6);
  const title = { x: PAD, y: top + PAD + FS.title, lines: titleLines };
  const titleBottom = top + PAD + titleLines.length * FS.title * 1.25;
  obstacles.push({ x: 0, y: 0, w: Math.max(...titleLines.map((l) => l.length)) * FS.title * 0.6 + 2 * PAD, h: titleBottom + 4 });

  // Locator inset: top-right.
  const iw = width < 500 ? 72 : 100;
  const inset = opts.showInset ? { x: width - PAD - iw, y: top + PAD, w: iw, h: Math.round((iw * 720) / 1000) } : null;
  if (inset) obstacles.push({ x: inset.x - 4, y: 0, w: iw + PAD + 4, h: top + inset.h + PAD + 4 });

  return {
    title,
    legend: {
      x: PAD,
      y: legendY,
      w: legendW,
      h: legendH,
      rows,
      source: sourceLines.length ? { lines: sourceLines, y: legendY + 5 + keysH + FS.attribution } : null,
    },
    scale,
    inset,
    attribution: { x: PAD, y: attrY + FS.attribution, lines: attrLines },
    obstacles,
  };
}

/** A round scale-bar length (km) that spans 50–130 px, and its length in px. */
export function scaleBar(kmPerPx: number): { km: number; px: number } {
  const steps = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500];
  let best = steps[0];
  for (const s of steps) if (s / kmPerPx <= 95) best = s;
  return { km: best, px: best / kmPerPx };
}
