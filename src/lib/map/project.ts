// Decodes the map's TopoJSON and projects every feature ONCE into a fixed base coordinate space; zooming and
// panning are then an SVG transform on these precomputed paths (see view.ts), never a re-projection.
import { geoConicConformal, geoPath, geoDistance, type GeoProjection } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { Feature, Geometry, Point } from 'geojson';
import { BASE_H, BASE_W, REQUIRED_OBJECTS, checkTopology, type BaseMap, type Shape, type Topo } from './geo.ts';
import type { ConicParams } from './conic.ts';

const PARALLELS: [number, number] = [38.5, 41.5];
const ROTATE = -46.5;

/** The conic conformal projection of the shared extract (parallels 38.5/41.5, central meridian 46.5). */
export function makeProjection(topo: Topo): GeoProjection {
  const [x0, y0, x1, y1] = topo.bbox ?? [42, 37, 50.63, 43];
  const box: Feature = {
    type: 'Feature',
    properties: {},
    geometry: { type: 'MultiPoint', coordinates: [[x0, y0], [x1, y0], [x0, y1], [x1, y1], [(x0 + x1) / 2, y1], [(x0 + x1) / 2, y0]] },
  };
  return geoConicConformal().parallels(PARALLELS).rotate([ROTATE, 0]).fitSize([BASE_W, BASE_H], box);
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
  const params: ConicParams = { parallels: PARALLELS, rotate: ROTATE, scale: projection.scale(), translate: projection.translate() as [number, number] };
  return { objects, borders, frame, cities, kmPerUnit, params, project };
}

