// Decodes the map's TopoJSON and projects every feature ONCE into a fixed base coordinate space; zooming and
// panning are then an SVG transform on these precomputed paths (see view.ts), never a re-projection.
import { geoConicConformal, geoPath, geoDistance, type GeoProjection } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, Geometry, Point } from 'geojson';

/** Base coordinate space: the whole data box fitted to this size. */
export const BASE_W = 1000;
export const BASE_H = 720;

/** Path of the map file relative to the page (index.html and embed.html sit side by side). */
export const GEO_FILE = 'geo/karabakh.topo.json';

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
  project: (lonLat: [number, number]) => [number, number];
}

type Topo = Topology<Record<string, GeometryCollection>>;

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

/** The conic conformal projection of the shared extract (parallels 38.5/41.5, central meridian 46.5). */
export function makeProjection(topo: Topo): GeoProjection {
  const [x0, y0, x1, y1] = topo.bbox ?? [42, 37, 50.63, 43];
  const box: Feature = {
    type: 'Feature',
    properties: {},
    geometry: { type: 'MultiPoint', coordinates: [[x0, y0], [x1, y0], [x0, y1], [x1, y1], [(x0 + x1) / 2, y1], [(x0 + x1) / 2, y0]] },
  };
  return geoConicConformal().parallels([38.5, 41.5]).rotate([-46.5, 0]).fitSize([BASE_W, BASE_H], box);
}

/** Throws if the data is not a topology with every object the map needs. */
export function checkTopology(data: unknown): asserts data is Topo {
  const t = data as Topo;
  if (!t || t.type !== 'Topology' || !Array.isArray(t.arcs) || !t.objects) throw new Error('not a TopoJSON topology');
  for (const name of REQUIRED_OBJECTS) {
    if (t.objects[name]?.type !== 'GeometryCollection') throw new Error(`map data lacks "${name}"`);
  }
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Decodes and projects every layer. A few ms for the whole file; done once per page. */
export function buildBaseMap(data: unknown): BaseMap {
  checkTopology(data);
  const topo = data;
  const projection = makeProjection(topo);
  const path = geoPath(projection).digits(1);
  const objects: Record<string, Shape[]> = {};
  for (const name of REQUIRED_OBJECTS) {
    if (name === 'cities') continue;
    const fc = feature(topo, topo.objects[name]);
    objects[name] = fc.features.map((f: Feature<Geometry | null>) => {
      const b = path.bounds(f);
      const c = path.centroid(f);
      return {
        name: String(f.properties?.name ?? name),
        d: path(f) ?? '',
        bounds: [
          [round(b[0][0]), round(b[0][1])],
          [round(b[1][0]), round(b[1][1])],
        ],
        centroid: [round(c[0]), round(c[1])],
        props: f.properties ?? {},
      };
    });
  }
  const borders = path(mesh(topo, topo.objects.countries, (a, b) => a !== b)) ?? '';
  const cities: BaseMap['cities'] = {};
  for (const f of feature(topo, topo.objects.cities).features as Feature<Point>[]) {
    const xy = projection(f.geometry.coordinates as [number, number])!;
    cities[String(f.properties?.name)] = { xy: [round(xy[0]), round(xy[1])], role: String(f.properties?.role ?? '') };
  }
  const [x0, y0, x1, y1] = topo.bbox ?? [42, 37, 50.63, 43];
  const ring: [number, number][] = [];
  for (let i = 0; i <= 40; i++) ring.push([x0 + ((x1 - x0) * i) / 40, y0]);
  for (let i = 0; i <= 40; i++) ring.push([x1 - ((x1 - x0) * i) / 40, y1]);
  const frame = 'M' + ring.map((p) => projection(p)!.map(round).join(',')).join('L') + 'Z';
  const a = projection.invert!([BASE_W / 2 - 50, BASE_H / 2])!;
  const b = projection.invert!([BASE_W / 2 + 50, BASE_H / 2])!;
  const kmPerUnit = (geoDistance(a, b) * 6371) / 100;
  const project = (ll: [number, number]) => {
    const p = projection(ll)!;
    return [round(p[0]), round(p[1])] as [number, number];
  };
  return { objects, borders, frame, cities, kmPerUnit, project };
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
