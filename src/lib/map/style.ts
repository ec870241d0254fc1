// How the map is drawn, in one place, shared by the live panel and the static SVGs: the colours, the patterns,
// the table of what the base map draws in order (each layer with its style), the highlighted areas and routes,
// and the legend's swatches, which are made from the same values so a swatch always looks like what it stands
// for. The legend's words are data (data/ui.<locale>.json). Areas differ by pattern as well as colour (hatching =
// held 1994–2020), so the map reads without colour vision. A new layer is one row of DRAW (and a legend key).
import type { AREA_STYLES, LayerId, LegendKey, ROUTE_STYLES } from '../model/mapStateSchema.ts';

// The palette was chosen by measuring it (tests/unit/palette.test.ts): any two areas a map tells apart are at
// least ΔE 20 apart (CIEDE2000) in normal vision and under simulated deuteranopia and protanopia, as a reader sees
// them (each fill over what lies under it, a pattern as the mean of its tile). Armenia and Azerbaijan are two
// pale, equally light neutrals (sand and lavender grey): neither side gets the warmer or the heavier colour.
export const C = {
  sea: '#7aa3c4',
  /** Outside the data box. */
  nodata: '#f7f6f3',
  land: '#efede7',
  armenia: '#ecddc6',
  azerbaijan: '#d9d4ee',
  border: '#6f6a60',
  water: '#9cc3dc',
  river: '#5f93b8',
  nkao: '#a3321c',
  nkaoFill: '#b09856',
  districts: '#2f4f8f',
  districtsFill: '#6586ce',
  held: '#8b3b47',
  heldTint: '#939293',
  line1994: '#b2182b',
  corridor: '#5b2c86',
  focus: '#35474a',
  focusFill: '#617d81',
  returned: '#43373c',
  returnedTint: '#8e8e8d',
  taken: '#4c606a',
  takenTint: '#7f9efc',
  exodus: '#6a0f6e',
  transit: '#27643a',
  ink: '#1b1b1f',
  muted: '#4d4d57',
} as const;

export const FONT_FAMILY = 'system-ui, -apple-system, Segoe UI, Roboto, sans-serif';

/** Fill of a country shape. */
export const countryFill = (name: string) => (name === 'Armenia' ? C.armenia : name === 'Azerbaijan' ? C.azerbaijan : C.land);

/** How a shape is painted: SVG presentation attributes (a canvas can read the same). `url(#@x)` names the pattern x. */
export interface Attrs {
  fill?: string;
  'fill-opacity'?: number;
  stroke?: string;
  'stroke-opacity'?: number;
  'stroke-width'?: number;
  'stroke-dasharray'?: string;
  'stroke-linecap'?: 'round';
  'stroke-linejoin'?: 'round';
  'vector-effect'?: 'non-scaling-stroke';
}

/** A fill pattern: its tile at map scale and, smaller, in the legend; `mark` is its one shape, drawn in `color`
 * over the tile's `tint` (at `tintOpacity`), so the area differs by colour as well as by pattern. */
export interface Pattern {
  rotate?: number;
  map: { size: number; width: number };
  legend: { size: number; width: number };
  mark: 'line' | 'dot' | 'corner';
  color: string;
  tint: string;
  tintOpacity: number;
}
export type PatternId = 'held' | 'returned' | 'taken';
export const PATTERNS: Record<PatternId, Pattern> = {
  held: { rotate: 45, map: { size: 7, width: 1.5 }, legend: { size: 5, width: 1.3 }, mark: 'line', color: C.held, tint: C.heldTint, tintOpacity: 1 },
  returned: { map: { size: 7, width: 1.4 }, legend: { size: 5, width: 1.1 }, mark: 'dot', color: C.returned, tint: C.returnedTint, tintOpacity: 0.99 },
  taken: { rotate: 45, map: { size: 8, width: 1.3 }, legend: { size: 6, width: 1.1 }, mark: 'corner', color: C.taken, tint: C.takenTint, tintOpacity: 0.93 },
};

/** The share of a pattern's tile its mark covers (at map scale): how much of its colour the eye mixes in. */
export function inkCover(p: Pattern): number {
  const { size: s, width: w } = p.map;
  return p.mark === 'line' ? w / s : p.mark === 'dot' ? (Math.PI * w * w) / (s * s) : (2 * s * w - w * w) / (s * s);
}

// The styles the map and its legend share.
const NON_SCALING = { 'vector-effect': 'non-scaling-stroke' } as const;
export const FILLS = {
  nkao: { fill: C.nkaoFill, opacity: 1, stroke: C.nkao },
  districts: { fill: C.districtsFill, opacity: 0.88, stroke: C.districts },
  focus: { fill: C.focusFill, opacity: 0.82, stroke: C.focus },
} as const;
const LINES = {
  line1994: { stroke: C.line1994, width: 2.2, dash: '6 3' },
  corridor: { stroke: C.corridor, width: 2.5, dash: '2 3' },
  exodus: { stroke: C.exodus, width: 3.5, dash: undefined },
  transit: { stroke: C.transit, width: 2.5, dash: '8 4' },
} as const;
/** The corridor's wide, faint band under its dashed line. */
const HALO: Attrs = { fill: 'none', stroke: C.corridor, 'stroke-opacity': 0.25, 'stroke-width': 8, 'stroke-linecap': 'round' };
const line = (l: (typeof LINES)[keyof typeof LINES], more: Attrs = {}): Attrs => ({
  fill: 'none',
  stroke: l.stroke,
  'stroke-width': l.width,
  'stroke-dasharray': l.dash,
  ...more,
  ...NON_SCALING,
});

/** One drawn part of a layer: every shape of a base-map object, with its attributes. */
export interface LayerPart {
  object: string;
  class?: string;
  attrs: Attrs;
}
/** A layer: shown when a state lists `layer`; its group carries data-layer="<id>". */
export interface LayerRow {
  id: string;
  layer: LayerId;
  parts: LayerPart[];
}
/** What the base map draws, bottom first (the sea and the countries come before it): layers, and where the state's highlighted areas, the borders and its routes go between them. */
export type DrawRow = LayerRow | 'areas' | 'borders' | 'routes';

export const DRAW: DrawRow[] = [
  {
    id: 'water',
    layer: 'water',
    parts: [
      { object: 'rivers', attrs: { fill: 'none', stroke: C.river, 'stroke-width': 1, ...NON_SCALING } },
      { object: 'lakes', attrs: { fill: C.water } },
    ],
  },
  {
    id: 'districts',
    layer: 'districts',
    parts: [{ object: 'seven_districts', attrs: { fill: FILLS.districts.fill, 'fill-opacity': FILLS.districts.opacity, stroke: FILLS.districts.stroke, 'stroke-width': 1, ...NON_SCALING } }],
  },
  { id: 'nkao', layer: 'nkao', parts: [{ object: 'nkao', attrs: { fill: FILLS.nkao.fill, 'fill-opacity': FILLS.nkao.opacity } }] },
  {
    id: 'held',
    layer: 'held',
    parts: [{ object: 'nk_controlled_1994_2020', attrs: { fill: 'url(#@held)', stroke: C.held, 'stroke-width': 0.8, ...NON_SCALING } }],
  },
  'areas',
  { id: 'admin', layer: 'admin', parts: [{ object: 'admin1', attrs: { fill: 'none', stroke: C.focus, 'stroke-width': 1, 'stroke-dasharray': '3 2', ...NON_SCALING } }] },
  'borders',
  {
    id: 'nkao-outline',
    layer: 'nkao',
    parts: [{ object: 'nkao', class: 'nkao-outline', attrs: { fill: 'none', stroke: FILLS.nkao.stroke, 'stroke-width': 2, 'stroke-linejoin': 'round', ...NON_SCALING } }],
  },
  { id: 'line1994', layer: 'line1994', parts: [{ object: 'ceasefire_line_1994', attrs: line(LINES.line1994) }] },
  {
    id: 'corridor',
    layer: 'corridor',
    parts: [
      { object: 'lachin_corridor_schematic', attrs: { ...HALO, ...NON_SCALING } },
      { object: 'lachin_corridor_schematic', attrs: line(LINES.corridor) },
    ],
  },
  'routes',
];

/** The borders between countries, drawn over the layers below them. */
export const BORDERS: Attrs = { fill: 'none', stroke: C.border, 'stroke-width': 1.2, 'stroke-linejoin': 'round', ...NON_SCALING };

/** A highlighted area of a state, by its style. */
export const AREAS: Record<(typeof AREA_STYLES)[number], Attrs> = {
  focus: { fill: FILLS.focus.fill, 'fill-opacity': FILLS.focus.opacity, stroke: FILLS.focus.stroke, 'stroke-width': 1.5, ...NON_SCALING },
  returned: { fill: 'url(#@returned)', stroke: C.returned, 'stroke-width': 1.5, ...NON_SCALING },
  taken: { fill: 'url(#@taken)', stroke: C.taken, 'stroke-width': 1.5, ...NON_SCALING },
};

/** A schematic route of a state, by its style: its line, the band under it (the corridor's), an arrowhead at its end. */
export const ROUTES: Record<(typeof ROUTE_STYLES)[number], { line: Attrs; under?: Attrs; arrow?: boolean }> = {
  corridor: { line: line(LINES.corridor, { 'stroke-linejoin': 'round' }), under: { ...HALO, 'stroke-linejoin': 'round', ...NON_SCALING } },
  exodus: { line: line(LINES.exodus, { 'stroke-linejoin': 'round' }), arrow: true },
  transit: { line: line(LINES.transit, { 'stroke-linejoin': 'round' }) },
};
export const ARROW_FILL = C.exodus;

export type Swatch =
  | { type: 'fill'; fill: string; stroke: string; pattern?: PatternId; opacity?: number }
  | { type: 'line'; stroke: string; width: number; dash?: string }
  | { type: 'arrow'; stroke: string };

const fillSwatch = (f: { fill: string; opacity: number; stroke: string }): Swatch => ({ type: 'fill', fill: f.fill, stroke: f.stroke, opacity: f.opacity });
const lineSwatch = (l: (typeof LINES)[keyof typeof LINES]): Swatch => ({ type: 'line', stroke: l.stroke, width: l.width, dash: l.dash });
const patternSwatch = (p: PatternId): Swatch => ({ type: 'fill', fill: 'none', stroke: PATTERNS[p].color, pattern: p });

/** The legend's swatch for each key, made from the styles above. */
export const SWATCH: Record<LegendKey, Swatch> = {
  armenia: { type: 'fill', fill: C.armenia, stroke: C.border },
  azerbaijan: { type: 'fill', fill: C.azerbaijan, stroke: C.border },
  nkao: fillSwatch(FILLS.nkao),
  /** The same outline while the oblast still existed (1923–1991). */
  oblast: fillSwatch(FILLS.nkao),
  districts: fillSwatch(FILLS.districts),
  held: patternSwatch('held'),
  line1994: lineSwatch(LINES.line1994),
  corridor: lineSwatch(LINES.corridor),
  focus: fillSwatch(FILLS.focus),
  returned: patternSwatch('returned'),
  taken: patternSwatch('taken'),
  exodus: { type: 'arrow', stroke: LINES.exodus.stroke },
  transit: lineSwatch(LINES.transit),
};

/** A fill with the drawing's own pattern ids (`url(#@held)` → `url(#<idp>-held)`). */
export const fillWithIds = (fill: string | undefined, idp: string) => fill?.replace('url(#@', `url(#${idp}-`);

/**
 * The static drawing's (print, unrolled embed, no JavaScript) texture for Armenia: fine horizontal lines over its
 * fill, in the map and in its legend swatch. Armenia's and Azerbaijan's fills are equally light once printed in
 * grey, so paper tells them apart by this texture (Azerbaijan stays plain; held, taken and returned areas have
 * their own patterns, diagonal, crossed and dotted).
 */
export const COUNTRY_TEXTURE = { country: 'Armenia', key: 'armenia', color: '#8a6a48', map: { size: 4.5, width: 0.7 }, legend: { size: 3, width: 0.6 } } as const;
