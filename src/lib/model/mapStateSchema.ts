// The schema of a map state (data/map-states.json): what the sticky map shows for a step. Runtime code imports
// only the types and the constant lists below; valibot stays out of the browser bundle.
import * as v from 'valibot';

/** Layers a state can show. Countries and their borders are always drawn. */
export const LAYERS = ['water', 'admin', 'nkao', 'districts', 'held', 'line1994', 'corridor'] as const;
/** How a highlighted area is drawn: a plain focus, handed back to Azerbaijan in 2020, taken in the 2020 fighting. */
export const AREA_STYLES = ['focus', 'returned', 'taken'] as const;
/** Schematic routes: the Lachin corridor's road as it ran at the state's date, the 2023 exodus, a planned transit route. */
export const ROUTE_STYLES = ['corridor', 'exodus', 'transit'] as const;
/** Legend entries: their swatch is in style.ts, their words in data/ui.<locale>.json (`map.legend`). */
export const LEGEND_KEYS = [
  'armenia',
  'azerbaijan',
  'nkao',
  'oblast',
  'districts',
  'held',
  'line1994',
  'corridor',
  'focus',
  'returned',
  'taken',
  'exodus',
  'transit',
] as const;

const id = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case'));
const lonLat = v.tuple([v.pipe(v.number(), v.minValue(-180), v.maxValue(180)), v.pipe(v.number(), v.minValue(-90), v.maxValue(90))]);
/** A feature reference "object:name", e.g. "seven_districts:Aghdam", or a whole object, e.g. "nkao". */
const featureRef = v.pipe(v.string(), v.regex(/^[a-z0-9_]+(?::[^:]+)?$/, 'must be "object" or "object:feature name"'));
/** A label reference: a city name ("Stepanakert"), or "district:…", "admin:…", "country:…", "label:…". */
const labelRef = v.pipe(v.string(), v.minLength(1));

export const ViewSchema = v.pipe(
  v.object({
    /** [west, south, east, north] in degrees. */
    bbox: v.optional(v.tuple([v.number(), v.number(), v.number(), v.number()])),
    /** Features to fit instead of a bbox. */
    fit: v.optional(v.pipe(v.array(featureRef), v.minLength(1))),
  }),
  v.check((view) => !!view.bbox !== !!view.fit, 'give either bbox or fit'),
);

export const LabelSchema = v.object({
  ref: labelRef,
  /** An extra line under the name, e.g. "handed back 20 Nov 2020". */
  note: v.optional(v.pipe(v.string(), v.minLength(1))),
  /** Preferred side of the point: right, left, above, below (the placer tries the others if it collides). */
  pos: v.optional(v.picklist(['right', 'left', 'above', 'below', 'center'])),
  /** Must be shown even if that means dropping lower-priority labels (default: the first label is). */
  keep: v.optional(v.boolean()),
  /** Filled in at build from data/ui.<locale>.json and data/map-places.json, never written by hand: the label's words. */
  text: v.optional(v.pipe(v.string(), v.minLength(1))),
  /** Filled in at build for country and free labels: where the label sits, [lon, lat]. */
  at: v.optional(lonLat),
});

export const AreaSchema = v.object({
  ref: featureRef,
  style: v.picklist(AREA_STYLES),
});

export const RouteSchema = v.object({
  style: v.picklist(ROUTE_STYLES),
  /** The route's points: city names or [lon, lat]. Drawn as a schematic line. */
  via: v.pipe(v.array(v.union([v.string(), lonLat])), v.minLength(2)),
});

export const MapStateSchema = v.looseObject({
  id,
  /** Short title, shown as the map's heading. */
  title: v.pipe(v.string(), v.minLength(1)),
  /** What the map shows, in a sentence: the map's accessible description. */
  description: v.pipe(v.string(), v.minLength(1)),
  /** What is in view. Default: the whole region. */
  view: v.optional(ViewSchema),
  /** Layers shown on top of the countries. */
  layers: v.optional(v.array(v.picklist(LAYERS)), []),
  /** Areas drawn with a special style (e.g. districts handed back). */
  areas: v.optional(v.array(AreaSchema), []),
  routes: v.optional(v.array(RouteSchema), []),
  /** Labels in priority order: the first ones win when space is short. */
  labels: v.optional(v.array(LabelSchema), []),
  legend: v.optional(v.array(v.picklist(LEGEND_KEYS)), []),
  /** Source ids for the dates and figures on the map (shown under the legend). */
  sources: v.optional(v.array(id), []),
  /** Filled in at build from data/ui.<locale>.json: the words of each legend entry the state shows. */
  legendText: v.optional(v.record(v.string(), v.string()), {}),
  /** Filled in at build from data/ui.<locale>.json: the map's attribution lines. */
  attribution: v.optional(v.array(v.string()), []),
  /** Filled in at build from data/ui.<locale>.json: the words before the state's sources ("Sources:"). */
  sourcesLabel: v.optional(v.string()),
});
export const MapStatesSchema = v.array(MapStateSchema);
export type MapState = v.InferOutput<typeof MapStateSchema>;
export type MapLabel = v.InferOutput<typeof LabelSchema>;
export type MapArea = v.InferOutput<typeof AreaSchema>;
export type MapRoute = v.InferOutput<typeof RouteSchema>;
export type LayerId = (typeof LAYERS)[number];
export type LegendKey = (typeof LEGEND_KEYS)[number];
