// The map's colours and legend swatches in one place, shared by the live panel and the static SVGs (the legend's
// words are data: data/ui.<locale>.json).
// Areas differ by pattern as well as colour (hatching = held 1994–2020), so the map reads without colour vision.
import type { LegendKey } from '../model/mapStateSchema.ts';

export const C = {
  sea: '#d3e3ee',
  /** Outside the data box. */
  nodata: '#f7f6f3',
  land: '#efede7',
  armenia: '#f6d8b5',
  azerbaijan: '#dfe5cf',
  border: '#6f6a60',
  water: '#9cc3dc',
  river: '#7fb0cf',
  nkao: '#a3321c',
  nkaoFill: '#e98e6f',
  districts: '#a8650e',
  districtsFill: '#f3c27d',
  held: '#6b2410',
  line1994: '#b2182b',
  corridor: '#5b2c86',
  focus: '#7a5d00',
  focusFill: '#f7d448',
  returned: '#0f6e84',
  taken: '#1d4f91',
  exodus: '#6a0f6e',
  transit: '#27643a',
  ink: '#1b1b1f',
  muted: '#4d4d57',
} as const;

export const FONT_FAMILY = 'system-ui, -apple-system, Segoe UI, Roboto, sans-serif';

export type Swatch =
  | { type: 'fill'; fill: string; stroke: string; pattern?: 'held' | 'returned' | 'taken'; opacity?: number }
  | { type: 'line'; stroke: string; width: number; dash?: string }
  | { type: 'arrow'; stroke: string };

const nkaoSwatch: Swatch = { type: 'fill', fill: C.nkaoFill, stroke: C.nkao, opacity: 0.45 };
export const SWATCH: Record<LegendKey, Swatch> = {
  armenia: { type: 'fill', fill: C.armenia, stroke: C.border },
  azerbaijan: { type: 'fill', fill: C.azerbaijan, stroke: C.border },
  nkao: nkaoSwatch,
  /** The same outline while the oblast still existed (1923–1991). */
  oblast: nkaoSwatch,
  districts: { type: 'fill', fill: C.districtsFill, stroke: C.districts, opacity: 0.5 },
  held: { type: 'fill', fill: 'none', stroke: C.held, pattern: 'held' },
  line1994: { type: 'line', stroke: C.line1994, width: 2, dash: '6 3' },
  corridor: { type: 'line', stroke: C.corridor, width: 3, dash: '2 3' },
  focus: { type: 'fill', fill: C.focusFill, stroke: C.focus, opacity: 0.55 },
  returned: { type: 'fill', fill: 'none', stroke: C.returned, pattern: 'returned' },
  taken: { type: 'fill', fill: 'none', stroke: C.taken, pattern: 'taken' },
  exodus: { type: 'arrow', stroke: C.exodus },
  transit: { type: 'line', stroke: C.transit, width: 2.5, dash: '8 4' },
};

/** Fill of a country shape. */
export const countryFill = (name: string) => (name === 'Armenia' ? C.armenia : name === 'Azerbaijan' ? C.azerbaijan : C.land);
