// Label placement: resolves a state's labels to points, then places them greedily in priority order so that
// none overlaps another label, a labelled point or the map's furniture (legend, inset, scale bar) at any size.
import { resolveRef, type BaseMap } from './geo.ts';
import type { MapLabel } from '../model/mapStateSchema.ts';
import type { Transform } from './view.ts';

export type LabelKind = 'city' | 'area' | 'country' | 'free';
export type Rect = { x: number; y: number; w: number; h: number };

export interface LabelSpec {
  ref: string;
  kind: LabelKind;
  /** Anchor in base units. */
  at: [number, number];
  lines: string[];
  pos: NonNullable<MapLabel['pos']>;
  keep: boolean;
}

export interface PlacedLabel extends LabelSpec {
  /** Offset of the text anchor from the anchor point, in screen px. */
  dx: number;
  dy: number;
  anchor: 'start' | 'middle' | 'end';
  /** Estimated screen box at the placement transform. */
  box: Rect;
}

export const FONT = { city: 12, area: 12, country: 12.5, free: 11.5, note: 11 } as const;
/** Generous per-character widths (em) so the estimate covers wide fallback fonts such as DejaVu Sans. */
const CHAR_EM = { city: 0.62, area: 0.62, country: 0.82, free: 0.62 } as const;
export const LINE_H = 1.25;

/**
 * Resolves label references to anchor points. The words (and the place of country and free labels) were given to
 * each label at build, in the story's locale (mapText.ts). Unknown references are skipped.
 */
export function resolveLabels(base: BaseMap, labels: MapLabel[]): LabelSpec[] {
  const out: LabelSpec[] = [];
  labels.forEach((l, i) => {
    const [kind, name] = l.ref.includes(':') ? (l.ref.split(':') as [string, string]) : ['city', l.ref];
    let at: [number, number] | undefined;
    let k: LabelKind = 'city';
    if (kind === 'city') {
      at = base.cities[name]?.xy;
    } else if (kind === 'district' || kind === 'admin') {
      at = resolveRef(base, (kind === 'district' ? 'seven_districts:' : 'admin1:') + name)[0]?.centroid;
      k = 'area';
    } else if (kind === 'country' || kind === 'label') {
      at = l.at ? base.project(l.at) : name === 'NKAO' || name === 'oblast' ? base.objects.nkao?.[0]?.centroid : undefined;
      k = kind === 'country' ? 'country' : 'free';
    }
    if (!at || !l.text) return;
    out.push({
      ref: l.ref,
      kind: k,
      at,
      lines: l.note ? [l.text, l.note] : [l.text],
      pos: l.pos ?? (k === 'city' ? 'right' : 'center'),
      keep: l.keep ?? i === 0,
    });
  });
  return out;
}

/** Estimated size of a label in px. */
export function labelSize(spec: Pick<LabelSpec, 'kind' | 'lines'>): { w: number; h: number } {
  const fs = FONT[spec.kind];
  const em = CHAR_EM[spec.kind];
  const w = Math.max(...spec.lines.map((line, i) => line.length * em * (i === 0 ? fs : FONT.note)));
  const h = (fs + (spec.lines.length - 1) * FONT.note) * LINE_H;
  return { w: Math.ceil(w + 4), h: Math.ceil(h + 2) };
}

const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

const GAP = 6;
const ORDER: Record<LabelSpec['pos'], LabelSpec['pos'][]> = {
  right: ['right', 'left', 'above', 'below'],
  left: ['left', 'right', 'above', 'below'],
  above: ['above', 'below', 'right', 'left'],
  below: ['below', 'above', 'right', 'left'],
  center: ['center', 'above', 'below'],
};

/** Candidate placement: offset of the box's top-left and of the text anchor from the point. */
function candidate(pos: LabelSpec['pos'], w: number, h: number, kind: LabelKind) {
  const g = kind === 'city' ? GAP : 0;
  switch (pos) {
    case 'right':
      return { bx: g, by: -h / 2, anchor: 'start' as const, ax: g };
    case 'left':
      return { bx: -g - w, by: -h / 2, anchor: 'end' as const, ax: -g };
    case 'above':
      return { bx: -w / 2, by: -g - h - (kind === 'city' ? 0 : h / 2), anchor: 'middle' as const, ax: 0 };
    case 'below':
      return { bx: -w / 2, by: g + (kind === 'city' ? 0 : h / 2), anchor: 'middle' as const, ax: 0 };
    default:
      return { bx: -w / 2, by: -h / 2, anchor: 'middle' as const, ax: 0 };
  }
}

/**
 * Places labels at transform t in a width × height panel, avoiding `obstacles` (screen rects) and each other.
 * Labels that cannot be placed are dropped, except `keep` ones, which are placed first.
 */
export function placeLabels(specs: LabelSpec[], t: Transform, width: number, height: number, obstacles: Rect[] = []): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  const taken: Rect[] = [...obstacles];
  const screen = (p: [number, number]) => [t.k * p[0] + t.x, t.k * p[1] + t.y];
  // The dots of labelled cities are obstacles for every other label.
  for (const s of specs) {
    if (s.kind !== 'city') continue;
    const [x, y] = screen(s.at);
    taken.push({ x: x - 3, y: y - 3, w: 6, h: 6 });
  }
  const ordered = [...specs.filter((s) => s.keep), ...specs.filter((s) => !s.keep)];
  for (const s of ordered) {
    const [x, y] = screen(s.at);
    if (s.kind === 'city' && (x < 0 || y < 0 || x > width || y > height)) continue;
    const { w, h } = labelSize(s);
    const own = s.kind === 'city' ? { x: x - 3, y: y - 3, w: 6, h: 6 } : null;
    for (const pos of ORDER[s.pos]) {
      const c = candidate(pos, w, h, s.kind);
      const box = { x: x + c.bx, y: y + c.by, w, h };
      if (box.x < 4 || box.y < 4 || box.x + w > width - 4 || box.y + h > height - 4) continue;
      if (taken.some((r) => r !== own && !(own && r.x === own.x && r.y === own.y) && overlaps(r, box))) continue;
      const fs = FONT[s.kind];
      placed.push({ ...s, pos, dx: c.ax, dy: c.by + fs * 0.95 - (s.kind === 'city' ? 0 : 0), anchor: c.anchor, box });
      taken.push(box);
      break;
    }
  }
  return placed;
}
