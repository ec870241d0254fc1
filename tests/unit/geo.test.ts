// The committed map data (static/geo, made by npm run build:geo): decodes, holds every layer and feature the
// story names, and stays inside the first-view budget.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { feature } from 'topojson-client';
import { checkTopology, GEO_FILE, REQUIRED_OBJECTS, BASE_W, BASE_H } from '../../src/lib/map/geo.ts';
import { buildBaseMap } from '../../src/lib/map/project.ts';
import { conicConformal } from '../../src/lib/map/conic.ts';
import { decodeBaseMap } from '../../src/lib/map/decode.ts';

const file = resolve(import.meta.dirname, '../../static', GEO_FILE);
const text = readFileSync(file, 'utf8');
const topo = JSON.parse(text);

type Props = { name: string; held: string };
const features = (obj: string) => (feature(topo, topo.objects[obj]) as unknown as { features: { properties: Props }[] }).features;
const names = (obj: string) => features(obj).map((f) => f.properties.name);

describe('static/geo map data', () => {
  it('is a quantized topology with every object the map uses', () => {
    expect(() => checkTopology(topo)).not.toThrow();
    expect(Object.keys(topo.objects).sort()).toEqual([...REQUIRED_OBJECTS].sort());
    expect(topo.transform).toBeDefined();
  });

  it('holds the expected features', () => {
    expect(names('countries').sort()).toEqual(['Armenia', 'Azerbaijan', 'Georgia', 'Iran', 'Iraq', 'Russia', 'Syria', 'Turkey']);
    expect(names('seven_districts').sort()).toEqual(['Aghdam', 'Fuzuli', 'Jabrayil', 'Kalbajar', 'Lachin', 'Qubadli', 'Zangilan']);
    expect(names('admin1').sort()).toEqual(['Qazakh', 'Syunik', 'Tavush', 'Tovuz']);
    expect(names('nkao')).toEqual(['NKAO']);
    expect(names('nk_controlled_1994_2020')).toHaveLength(1);
    expect(names('ceasefire_line_1994')).toHaveLength(1);
    expect(names('lachin_corridor_schematic')).toHaveLength(1);
    expect(names('lakes')).toContain('Lake Sevan');
    expect(names('rivers')).toEqual(expect.arrayContaining(['Aras', 'Kura', 'Terter']));
    expect(names('cities')).toEqual(expect.arrayContaining(['Stepanakert', 'Shusha', 'Lachin', 'Kalbajar', 'Aghdam', 'Martakert', 'Martuni', 'Hadrut', 'Goris', 'Yerevan', 'Baku']));
  });

  it('keeps the held/partly-held status of the districts', () => {
    const held = Object.fromEntries(features('seven_districts').map((f) => [f.properties.name, f.properties.held]));
    expect(held).toMatchObject({ Aghdam: 'partly', Fuzuli: 'partly', Kalbajar: 'fully', Lachin: 'fully' });
  });

  it('fits the first-view budget (25 KB gzip)', () => {
    expect(gzipSync(text).length).toBeLessThanOrEqual(25 * 1024);
  });

  it('projects into the base frame, Stepanakert inside the NKAO bounds', () => {
    const base = buildBaseMap(topo);
    const [x, y] = base.cities.Stepanakert.xy;
    const [[x0, y0], [x1, y1]] = base.objects.nkao[0].bounds;
    expect(x).toBeGreaterThan(x0);
    expect(x).toBeLessThan(x1);
    expect(y).toBeGreaterThan(y0);
    expect(y).toBeLessThan(y1);
    expect(x0).toBeGreaterThan(0);
    expect(x1).toBeLessThan(BASE_W);
    expect(y1).toBeLessThan(BASE_H);
    // The NKAO is roughly 100 km across; a base unit is about 0.7 km.
    expect((x1 - x0) * base.kmPerUnit).toBeGreaterThan(60);
    expect((x1 - x0) * base.kmPerUnit).toBeLessThan(140);
  });

  it('rejects data that is not the map topology', () => {
    expect(() => buildBaseMap({ type: 'FeatureCollection' })).toThrow();
    expect(() => buildBaseMap({ ...topo, objects: { countries: topo.objects.countries } })).toThrow(/lacks/);
  });
});

describe('the projection rebuilt from numbers (what the page uses once the worker has built the map)', () => {
  const base = buildBaseMap(topo);
  const project = conicConformal(base.params);

  it('puts any point where d3-geo does (to within its rounding to a tenth of a unit)', () => {
    for (let lon = 40; lon <= 52; lon += 0.7)
      for (let lat = 36; lat <= 44; lat += 0.45) {
        const [x, y] = project([lon, lat]);
        const [ex, ey] = base.project([lon, lat]).map(Number);
        // base.project rounds to a tenth of a unit.
        expect(Math.abs(x - ex), `${lon},${lat}`).toBeLessThanOrEqual(0.05 + 1e-9);
        expect(Math.abs(y - ey), `${lon},${lat}`).toBeLessThanOrEqual(0.05 + 1e-9);
      }
  });

  it('decodes map text into the same map where there is no worker, and names bad data', async () => {
    const decoded = await decodeBaseMap(text);
    expect(decoded.objects.nkao[0].d).toBe(base.objects.nkao[0].d);
    expect(decoded.cities.Stepanakert.xy).toEqual(base.cities.Stepanakert.xy);
    await expect(decodeBaseMap('{"type":"FeatureCollection"}')).rejects.toThrow();
    await expect(decodeBaseMap('<html>')).rejects.toThrow();
  });
});
