// The committed map data (static/geo, made by npm run build:geo): decodes, holds every layer and feature the
// story names, and stays inside the first-view budget.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { feature } from 'topojson-client';
import { checkTopology, TOPO_FILE, REQUIRED_OBJECTS, BASE_W, BASE_H } from '../../src/lib/map/geo.ts';
import { buildBaseMap, makeProjection, mapFileText } from '../../src/build/project.ts';
import { geoPath } from 'd3-geo';
import type { Feature } from 'geojson';
import { conicConformal } from '../../src/lib/map/conic.ts';
import { decodeBaseMap } from '../../src/lib/map/decode.ts';

const file = resolve(import.meta.dirname, '../../static', TOPO_FILE);
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

describe('the projection rebuilt from numbers (what the page uses, given the map projected by the build)', () => {
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

  it('reads the map file the build writes back into the same map, and names bad data', async () => {
    const decoded = await decodeBaseMap(mapFileText(base));
    expect(decoded.objects.nkao[0].d).toBe(base.objects.nkao[0].d);
    expect(decoded.cities.Stepanakert.xy).toEqual(base.cities.Stepanakert.xy);
    expect(decoded.project([46.75, 39.8])).toEqual(project([46.75, 39.8]));
    await expect(decodeBaseMap(text)).rejects.toThrow(/projected map file/);
    const { nkao: _, ...rest } = base.objects;
    await expect(decodeBaseMap(JSON.stringify({ ...JSON.parse(mapFileText(base)), objects: rest }))).rejects.toThrow(/lacks "nkao"/);
    await expect(decodeBaseMap('<html>')).rejects.toThrow();
  });
});

describe('the map file the page loads', () => {
  const base = buildBaseMap(topo);

  it('draws the same outlines as absolute paths, in relative steps of a tenth of a unit', () => {
    // Walk the relative path back to absolute points and compare with d3-geo's own absolute output.
    const absolute = (d: string) => {
      const pts: string[] = [];
      let [x, y] = [0, 0];
      for (const [, cmd, args] of d.matchAll(/([MLlzZ])([^MLlzZ]*)/g)) {
        const nums = (args.match(/-?(?:\d+\.?\d*|\.\d+)/g) ?? []).map(Number);
        for (let i = 0; i < nums.length; i += 2) {
          if (cmd === 'l') [x, y] = [x + nums[i], y + nums[i + 1]];
          else [x, y] = [nums[i], nums[i + 1]];
          pts.push(`${x.toFixed(1)},${y.toFixed(1)}`);
        }
      }
      return pts;
    };
    const nkao = base.objects.nkao[0].d;
    expect(nkao).toMatch(/^M[\d.]+,[\d.]+l/);
    const d3 = geoPath(makeProjection(topo)).digits(1)(features('nkao')[0] as unknown as Feature) ?? '';
    const expected = (d3.match(/-?[\d.]+,-?[\d.]+/g) ?? []).map((p) => p.split(',').map((v) => Number(v).toFixed(1)).join(','));
    // d3 writes a point again where a ring closes or repeats; the relative path skips zero steps.
    const dedupe = (pts: string[]) => pts.filter((p, i) => p !== pts[i - 1]);
    expect(dedupe(absolute(nkao))).toEqual(dedupe(expected));
  });

  it('costs no more than the TopoJSON it is projected from, compressed', () => {
    const gz = gzipSync(mapFileText(base)).length;
    expect(gz).toBeLessThan(gzipSync(text).length * 1.15);
    expect(gz).toBeLessThan(24 * 1024);
  });
});
