// The projected map (BaseMap) and the small helpers the renderer needs. Decoding and projecting the TopoJSON is
// build-time code (src/build/project.ts): the page only reads the projected file (decode.ts).
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { ConicParams } from './conic.ts';

/** Base coordinate space: the whole data box fitted to this size. */
export const BASE_W = 1000;
export const BASE_H = 720;

export { GEO_FILE, TOPO_FILE } from './file.ts';

export interface Shape {
  name: string;
  d: string;
  /** Planar bounds in base units: [[x0, y0], [x1, y1]]. */
  bounds: [[number, number], [number, number]];
  /** A point inside the shape for its label. */
  centroid: [number, number];
  props: Record<string, unknown>;
}

export interface BaseMap {
  /** Shapes by object name (countries, admin1, seven_districts, nkao, …). */
  objects: Record<string, Shape[]>;
  /** Mesh paths: land borders between countries, and the coastline-free outline. */
  borders: string;
  /** City points in base units, by name. */
  cities: Record<string, { xy: [number, number]; role: string }>;
  /** The outline of the data box (everything outside it has no data). */
  frame: string;
  /** Kilometres per base unit near the middle of the map (for the scale bar). */
  kmPerUnit: number;
  /** The projection, as numbers (what the map file carries: the page rebuilds `project` from them). */
  params: ConicParams;
  project: (lonLat: [number, number]) => [number, number];
}

export type Topo = Topology<Record<string, GeometryCollection>>;

export const REQUIRED_OBJECTS = [
  'countries',
  'admin1',
  'seven_districts',
  'nkao',
  'nk_controlled_1994_2020',
  'ceasefire_line_1994',
  'lachin_corridor_schematic',
  'lakes',
  'rivers',
  'cities',
] as const;

/** Throws if the data is not a topology with every object the map needs. */
export function checkTopology(data: unknown): asserts data is Topo {
  const t = data as Topo;
  if (!t || t.type !== 'Topology' || !Array.isArray(t.arcs) || !t.objects) throw new Error('not a TopoJSON topology');
  for (const name of REQUIRED_OBJECTS) {
    if (t.objects[name]?.type !== 'GeometryCollection') throw new Error(`map data lacks "${name}"`);
  }
}

/** The shapes a reference names: "nkao" (the whole object) or "seven_districts:Aghdam" (one feature). */
export function resolveRef(base: BaseMap, ref: string): Shape[] {
  const [obj, name] = ref.split(':');
  const shapes = base.objects[obj] ?? [];
  return name === undefined ? shapes : shapes.filter((s) => s.name === name);
}

/** A schematic route's points in base units: city names or [lon, lat]. Unknown names are skipped. */
export function routePoints(base: BaseMap, via: (string | [number, number])[]): [number, number][] {
  const pts: [number, number][] = [];
  for (const p of via) {
    if (typeof p === 'string') {
      const c = base.cities[p];
      if (c) pts.push(c.xy);
    } else pts.push(base.project(p));
  }
  return pts;
}
