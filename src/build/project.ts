// Build time: decodes the map's TopoJSON and projects every feature ONCE into a fixed base coordinate space. The
// build writes the result as the page's map file (mapFileText), so the page never decodes or projects anything:
// zooming and panning are an SVG transform on these precomputed paths (see view.ts).
import { geoConicConformal, geoPath, geoDistance, type GeoProjection } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { Feature, Geometry, Point } from 'geojson';
import { BASE_H, BASE_W, REQUIRED_OBJECTS, checkTopology, type BaseMap, type Shape, type Topo } from '../lib/map/geo.ts';
import type { ConicParams } from '../lib/map/conic.ts';

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

/** Tenths as the shortest decimal: 12 → "1.2", -3 → "-.3", 40 → "4". */
function tenths(n: number): string {
  return (n / 10).toString().replace(/^(-?)0\./, '$1.');
}

/**
 * A d3-geo path context writing SVG path data to a tenth of a unit, each line segment relative to the last point
 * ("l" commands): small deltas compress far better than absolute coordinates, so the projected map costs no more
 * bytes than the TopoJSON it came from.
 */
class RelativePath {
  private s = '';
  private x = 0;
  private y = 0;
  moveTo(x: number, y: number) {
    this.x = Math.round(x * 10);
    this.y = Math.round(y * 10);
    this.s += `M${tenths(this.x)},${tenths(this.y)}l`;
  }
  lineTo(x: number, y: number) {
    const [nx, ny] = [Math.round(x * 10), Math.round(y * 10)];
    if (nx === this.x && ny === this.y) return;
    const [dx, dy] = [tenths(nx - this.x), tenths(ny - this.y)];
    this.s += (this.s.endsWith('l') ? '' : ' ') + dx + (dy.startsWith('-') ? '' : ',') + dy;
    [this.x, this.y] = [nx, ny];
  }
  beginPath() {}
  closePath() {
    this.s = this.s.replace(/l$/, '') + 'z';
  }
  arc() {}
  result(): string {
    const d = this.s.replace(/l(?=M|$)/g, '');
    this.s = '';
    return d;
  }
}

/** Decodes and projects every layer. A few ms for the whole file; done once, at build (and in tests). */
export function buildBaseMap(data: unknown): BaseMap {
  checkTopology(data);
  const topo = data;
  const projection = makeProjection(topo);
  const path = geoPath(projection);
  const ctx = new RelativePath();
  const draw = geoPath(projection, ctx);
  const d = (g: Parameters<typeof draw>[0]) => (draw(g), ctx.result());
  const objects: Record<string, Shape[]> = {};
  for (const name of REQUIRED_OBJECTS) {
    if (name === 'cities') continue;
    const fc = feature(topo, topo.objects[name]);
    objects[name] = fc.features.map((f: Feature<Geometry | null>) => {
      const b = path.bounds(f);
      const c = path.centroid(f);
      return {
        name: String(f.properties?.name ?? name),
        d: d(f),
        bounds: [
          [round(b[0][0]), round(b[0][1])],
          [round(b[1][0]), round(b[1][1])],
        ],
        centroid: [round(c[0]), round(c[1])],
        props: f.properties ?? {},
      };
    });
  }
  const borders = d(mesh(topo, topo.objects.countries, (a, b) => a !== b));
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

/** The page's map file: the projected map as JSON (everything but `project`, which the page rebuilds from `params`). */
export function mapFileText(base: BaseMap): string {
  const { project: _, ...data } = base;
  return JSON.stringify(data);
}
