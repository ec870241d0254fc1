// The map's projection as plain arithmetic: d3-geo's conic conformal (geoConicConformal) forward formula, for
// the page, which receives the map already projected by the build (src/build/project.ts). Turning a few
// lon/lat points (state views, labels, routes) into base units needs no projection library; a unit test checks
// it against d3-geo.

/** What fixes the projection: geoConicConformal().parallels(parallels).rotate([rotate, 0]).scale(scale).translate(translate). */
export interface ConicParams {
  parallels: [number, number];
  rotate: number;
  scale: number;
  translate: [number, number];
}

const rad = Math.PI / 180;
const halfPi = Math.PI / 2;
const epsilon = 1e-6;
const tany = (y: number) => Math.tan((halfPi + y) / 2);

export function conicConformal(p: ConicParams): (lonLat: [number, number]) => [number, number] {
  const y0 = p.parallels[0] * rad;
  const y1 = p.parallels[1] * rad;
  const cy0 = Math.cos(y0);
  const n = y0 === y1 ? Math.sin(y0) : Math.log(cy0 / Math.cos(y1)) / Math.log(tany(y1) / tany(y0));
  const f = (cy0 * Math.pow(tany(y0), n)) / n;
  const raw = (x: number, y: number): [number, number] => {
    if (f > 0) y = Math.max(y, -halfPi + epsilon);
    else y = Math.min(y, halfPi - epsilon);
    const r = f / Math.pow(tany(y), n);
    return [r * Math.sin(n * x), f - r * Math.cos(n * x)];
  };
  const [cx, cy] = raw(0, 0);
  const dx = p.translate[0] - p.scale * cx;
  const dy = p.translate[1] + p.scale * cy;
  return ([lon, lat]) => {
    let l = (lon + p.rotate) * rad;
    if (l > Math.PI) l -= 2 * Math.PI;
    else if (l < -Math.PI) l += 2 * Math.PI;
    const [x, y] = raw(l, lat * rad);
    return [dx + p.scale * x, dy - p.scale * y];
  };
}
