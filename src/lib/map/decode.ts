// The map file's text to a BaseMap. The build has already decoded and projected the TopoJSON (src/build/project.ts,
// mapFileText), so the page only parses JSON, checks its shape and rebuilds the projection from its numbers for
// the few lon/lat points that states name (conic.ts): no worker, no d3-geo, no topojson in the page.
import { conicConformal } from './conic.ts';
import { REQUIRED_OBJECTS, type BaseMap } from './geo.ts';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** Throws with what is wrong when the data is not the map file the build writes. */
export function checkMapFile(data: unknown): asserts data is Omit<BaseMap, 'project'> {
  if (isObject(data) && data.type === 'Topology') throw new Error('a TopoJSON topology, not the projected map file the build writes');
  if (!isObject(data) || !isObject(data.objects)) throw new Error('not the projected map file (no "objects")');
  const objects = data.objects;
  for (const name of REQUIRED_OBJECTS) {
    if (name === 'cities') continue;
    const shapes = objects[name];
    if (!Array.isArray(shapes)) throw new Error(`map data lacks "${name}"`);
    for (const s of shapes) {
      if (!isObject(s) || typeof s.d !== 'string' || !Array.isArray(s.bounds) || !Array.isArray(s.centroid))
        throw new Error(`map data: a shape in "${name}" has no path, bounds or centroid`);
    }
  }
  if (typeof data.borders !== 'string' || typeof data.frame !== 'string') throw new Error('map data lacks its borders or frame');
  if (!isObject(data.cities)) throw new Error('map data lacks "cities"');
  const p = data.params;
  if (!isNumber(data.kmPerUnit) || !isObject(p) || !isNumber(p.scale) || !isNumber(p.rotate) || !Array.isArray(p.parallels) || !Array.isArray(p.translate))
    throw new Error('map data lacks its projection');
}

/** Rejects with a clear message when the text is not the map file. */
export async function decodeBaseMap(text: string): Promise<BaseMap> {
  const data: unknown = JSON.parse(text);
  checkMapFile(data);
  return { ...data, project: conicConformal(data.params) };
}
