// Build time: the open-data downloads of one edition, written from the validated bundle the page itself is built
// from (virtual:story) and the map's TopoJSON (static/geo). Nothing here is written by hand:
//   data/figures.csv, data/timeline.csv, data/sources.csv, data/sources.json, data/map-states.json,
//   data/geo/<map-state>.geojson, and data/karabakh-explained-data.zip (all of them, a README.txt and the licences).
// CSV is written and read back (in the tests) with papaparse: RFC 4180 quoting, CRLF, a header row in the
// edition's words, UTF-8 with a byte-order mark so that spreadsheets read Cyrillic and accents correctly.
import Papa from 'papaparse';
import { zipSync, strToU8 } from 'fflate';
import { feature } from 'topojson-client';
import { geoCentroid } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import type { StoryBundle } from '../lib/model/bundle.ts';
import type { MapState } from '../lib/model/mapStateSchema.ts';
import { figureList, FIGURES_FILE, type DownloadEntry, type DownloadKey } from '../lib/model/figures.ts';
export { DOWNLOAD_KEYS, type DownloadEntry, type DownloadKey } from '../lib/model/figures.ts';
import { plainText } from '../lib/model/text.ts';
import type { Topo } from '../lib/map/geo.ts';

export const DATA_DIR = 'data';
export const ZIP_FILE = `${DATA_DIR}/karabakh-explained-data.zip`;
const BOM = '\uFEFF';

export interface Downloads {
  files: Map<string, Uint8Array>;
  manifest: DownloadEntry[];
}

/** The project's publication dates, from the corrections log: the first and the latest entry. */
export function publicationDates(bundle: Pick<StoryBundle, 'corrections'>): { published: string; modified: string } {
  const dates = bundle.corrections.map((c) => c.date).sort();
  return { published: dates[0] ?? '', modified: dates[dates.length - 1] ?? '' };
}

type Row = Record<string, string | number>;
/** A CSV with a header row in the edition's words: columns are the keys of `columns`, in order. */
export function toCsv(columns: string[], rows: Row[], words: Record<string, string>): string {
  const fields = columns.map((c) => words[c] ?? c);
  const data = rows.map((r) => columns.map((c) => (r[c] === undefined ? '' : r[c])));
  return BOM + Papa.unparse({ fields, data }, { newline: '\r\n' }) + '\r\n';
}

export const FIGURE_COLUMNS = ['figure', 'section', 'step', 'label', 'value', 'low', 'high', 'prefix', 'suffix', 'by', 'confirmed', 'source', 'lowSource', 'sourceDate', 'asOf', 'date'];
export const TIMELINE_COLUMNS = ['order', 'step', 'section', 'sectionTitle', 'date', 'precision', 'asOf', 'mapState', 'summary'];
export const SOURCE_COLUMNS = ['id', 'title', 'descriptive', 'publisher', 'date', 'undated', 'url', 'side', 'note'];

/** The first sentence of a step, without its reference markers: its one-line summary. */
export function summary(text: string): string {
  const plain = plainText(text).replace(/\s+/g, ' ').trim();
  const m = /^.+?[.!?…](?=\s+[\p{Lu}«“"(]|$)/u.exec(plain);
  return (m ? m[0] : plain).trim();
}

export function figuresRows(bundle: StoryBundle): Row[] {
  const d = bundle.ui.data;
  const sources = new Map(bundle.sources.map((s) => [s.id, s]));
  return figureList(bundle.story).map(({ id, counter: c, step, section }) => ({
    figure: id,
    section: section.id,
    step: step.id,
    label: c.label,
    value: c.value,
    low: c.min ?? '',
    high: c.min !== undefined ? c.value : '',
    prefix: c.prefix ?? '',
    suffix: c.suffix ?? '',
    by: c.by ?? '',
    confirmed: c.confirmed === false ? d.no : d.yes,
    source: c.source,
    lowSource: c.minSource ?? (c.min !== undefined ? c.source : ''),
    sourceDate: sources.get(c.source)?.date ?? '',
    asOf: step.asOf ?? '',
    date: step.date ?? '',
  }));
}

export function timelineRows(bundle: StoryBundle): Row[] {
  const p = bundle.ui.data.precision;
  const rows: Row[] = [];
  for (const section of bundle.story.sections)
    for (const step of section.steps)
      rows.push({
        order: rows.length + 1,
        step: step.id,
        section: section.id,
        sectionTitle: section.title,
        date: step.date ?? '',
        precision: !step.date ? '' : step.date.length === 4 ? p.year : step.date.length === 7 ? p.month : p.day,
        asOf: step.asOf ?? '',
        mapState: step.map,
        summary: summary(step.text[0]),
      });
  return rows;
}

export function sourceRows(bundle: StoryBundle): Row[] {
  const d = bundle.ui.data;
  return bundle.sources.map((s) => ({
    id: s.id,
    title: s.title,
    descriptive: s.descriptive ? d.yes : d.no,
    publisher: s.publisher,
    date: s.date ?? '',
    undated: s.undated ?? '',
    url: s.url,
    side: s.side ?? '',
    note: s.note ?? '',
  }));
}

// ---- GeoJSON -------------------------------------------------------------------------------------------------

/** The map's objects behind each layer a state can show. */
export const LAYER_OBJECTS: Record<string, string[]> = {
  water: ['lakes', 'rivers'],
  admin: ['admin1'],
  nkao: ['nkao'],
  districts: ['seven_districts'],
  held: ['nk_controlled_1994_2020'],
  line1994: ['ceasefire_line_1994'],
  corridor: ['lachin_corridor_schematic'],
};

const r5 = (n: number) => Math.round(n * 1e5) / 1e5;

/** Twice the signed area of a ring in the lon/lat plane: positive when it runs counterclockwise. */
export function ringArea(ring: Position[]): number {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) a += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
  return a;
}

/** Rounds to 5 decimals (about 1 m), drops repeated points, keeps rings closed. */
function cleanLine(line: Position[]): Position[] {
  const out: Position[] = [];
  for (const p of line) {
    const q = [r5(p[0]), r5(p[1])];
    const last = out[out.length - 1];
    if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
  }
  return out;
}
function cleanRing(ring: Position[], outer: boolean): Position[] | null {
  const out = cleanLine(ring);
  const [f, l] = [out[0], out[out.length - 1]];
  if (f && (f[0] !== l[0] || f[1] !== l[1])) out.push([...f]);
  if (out.length < 4) return null;
  // RFC 7946's right-hand rule: exterior rings counterclockwise, holes clockwise (d3 winds them the other way).
  const ccw = ringArea(out) > 0;
  return ccw === outer ? out : out.reverse();
}
function cleanPolygon(rings: Position[][]): Position[][] | null {
  const outer = cleanRing(rings[0], true);
  if (!outer) return null;
  return [outer, ...rings.slice(1).map((h) => cleanRing(h, false)).filter((h): h is Position[] => !!h)];
}

/** The geometry in RFC 7946 form: rounded, with the right-hand rule; null when nothing is left. */
export function cleanGeometry(g: Geometry | null): Geometry | null {
  if (!g) return null;
  switch (g.type) {
    case 'Point':
      return { type: 'Point', coordinates: [r5(g.coordinates[0]), r5(g.coordinates[1])] };
    case 'LineString': {
      const c = cleanLine(g.coordinates);
      return c.length >= 2 ? { type: 'LineString', coordinates: c } : null;
    }
    case 'MultiLineString': {
      const c = g.coordinates.map(cleanLine).filter((l) => l.length >= 2);
      return c.length ? { type: 'MultiLineString', coordinates: c } : null;
    }
    case 'Polygon': {
      const c = cleanPolygon(g.coordinates);
      return c ? { type: 'Polygon', coordinates: c } : null;
    }
    case 'MultiPolygon': {
      const c = g.coordinates.map(cleanPolygon).filter((p): p is Position[][] => !!p);
      return c.length ? { type: 'MultiPolygon', coordinates: c } : null;
    }
    default:
      return g;
  }
}

type GeoNotes = StoryBundle['ui']['data']['geoNotes'];
const objectNote = (object: string, notes: GeoNotes) => (object === 'lakes' || object === 'rivers' ? notes.water : ((notes as Record<string, string>)[object] ?? ''));

/** Every feature of the map's TopoJSON, decoded once, by object. */
export function decodeTopo(topo: Topo): Record<string, Feature[]> {
  const out: Record<string, Feature[]> = {};
  for (const name of Object.keys(topo.objects)) out[name] = (feature(topo, topo.objects[name]) as FeatureCollection).features;
  return out;
}

/** One map state as GeoJSON: the layers, highlighted areas, routes and labelled points it shows. */
export function stateGeoJson(state: MapState, objects: Record<string, Feature[]>, bundle: StoryBundle): FeatureCollection & Record<string, unknown> {
  const notes = bundle.ui.data.geoNotes;
  const features: Feature[] = [];
  const push = (geometry: Geometry | null, properties: Record<string, unknown>) => {
    const g = cleanGeometry(geometry);
    if (g) features.push({ type: 'Feature', properties, geometry: g });
  };
  const byName = (object: string, name?: string) => (objects[object] ?? []).filter((f) => name === undefined || f.properties?.name === name);
  for (const layer of state.layers ?? [])
    for (const object of LAYER_OBJECTS[layer] ?? [])
      for (const f of byName(object)) push(f.geometry, { kind: 'layer', layer, object, name: f.properties?.name ?? object, note: objectNote(object, notes) });
  for (const a of state.areas ?? []) {
    const [object, name] = a.ref.split(':');
    for (const f of byName(object, name)) push(f.geometry, { kind: 'area', style: a.style, object, name: f.properties?.name ?? object, note: objectNote(object, notes) });
  }
  const city = (name: string) => byName('cities', name)[0]?.geometry;
  for (const rt of state.routes ?? []) {
    const coords = rt.via.flatMap((p) => {
      if (typeof p !== 'string') return [p];
      const g = city(p);
      return g?.type === 'Point' ? [g.coordinates] : [];
    });
    push({ type: 'LineString', coordinates: coords }, { kind: 'route', style: rt.style, via: rt.via.map((p) => (typeof p === 'string' ? p : p.join(','))), note: notes.route });
  }
  for (const l of state.labels ?? []) {
    const [kind, name] = l.ref.includes(':') ? (l.ref.split(':') as [string, string]) : ['city', l.ref];
    let at: Position | undefined;
    let note = notes.place;
    if (kind === 'city') {
      const g = city(name);
      if (g?.type === 'Point') at = g.coordinates;
      note = notes.city;
    } else if (kind === 'district' || kind === 'admin') {
      const f = byName(kind === 'district' ? 'seven_districts' : 'admin1', name)[0];
      if (f) at = geoCentroid(f);
      note = notes.centroid;
    } else if (l.at) at = l.at;
    else if (name === 'NKAO' || name === 'oblast') {
      const f = byName('nkao')[0];
      if (f) at = geoCentroid(f);
      note = notes.centroid;
    }
    if (!at) continue;
    push({ type: 'Point', coordinates: at }, { kind: 'label', ref: l.ref, text: l.text ?? name, ...(l.note ? { caption: l.note } : {}), note });
  }
  return {
    type: 'FeatureCollection',
    // Foreign members (RFC 7946, 6.1): what the file is, in the edition's words.
    name: state.id,
    title: state.title,
    description: state.description,
    attribution: bundle.ui.attribution,
    license: bundle.ui.data.licenceMap,
    features,
  };
}

// ---- Everything ------------------------------------------------------------------------------------------------

const enc = (s: string) => strToU8(s);
/** A fixed date for the zip's entries, so the same data always gives the same bytes (and the same size on the page). */
const ZIP_TIME = new Date(Date.UTC(2020, 0, 1));

export interface DownloadOptions {
  /** The edition's public address (KE_SITE_URL, with its folder), or '' when the build does not know it. */
  siteUrl?: string;
}

/** Every download of one edition: the files by path (relative to the edition's folder) and the list the page shows. */
export function makeDownloads(bundle: StoryBundle, topo: Topo, options: DownloadOptions = {}): Downloads {
  const d = bundle.ui.data;
  const files = new Map<string, Uint8Array>();
  const manifest: DownloadEntry[] = [];
  const add = (key: DownloadKey, path: string, text: string, count: number) => {
    const bytes = enc(text);
    files.set(path, bytes);
    manifest.push({ key, path, size: bytes.length, count });
  };
  const figures = figuresRows(bundle);
  add('figures', FIGURES_FILE, toCsv(FIGURE_COLUMNS, figures, d.columns), figures.length);
  const timeline = timelineRows(bundle);
  add('timeline', `${DATA_DIR}/timeline.csv`, toCsv(TIMELINE_COLUMNS, timeline, d.columns), timeline.length);
  const sources = sourceRows(bundle);
  add('sources', `${DATA_DIR}/sources.csv`, toCsv(SOURCE_COLUMNS, sources, d.columns), sources.length);
  add('sourcesJson', `${DATA_DIR}/sources.json`, JSON.stringify(bundle.sources, null, 1) + '\n', bundle.sources.length);
  add('mapStates', `${DATA_DIR}/map-states.json`, JSON.stringify(bundle.mapStates, null, 1) + '\n', bundle.mapStates.length);

  const objects = decodeTopo(topo);
  const geo: NonNullable<DownloadEntry['files']> = [];
  for (const state of bundle.mapStates) {
    const path = `${DATA_DIR}/geo/${state.id}.geojson`;
    const bytes = enc(JSON.stringify(stateGeoJson(state, objects, bundle)) + '\n');
    files.set(path, bytes);
    geo.push({ path, size: bytes.length, id: state.id });
  }
  manifest.push({ key: 'geo', path: `${DATA_DIR}/geo/`, size: geo.reduce((n, f) => n + f.size, 0), count: geo.length, files: geo });

  const readme = readmeText(bundle, manifest, options.siteUrl ?? '');
  const entries: Record<string, [Uint8Array, { mtime: Date }]> = { 'README.txt': [enc(readme), { mtime: ZIP_TIME }] };
  for (const [path, bytes] of files) entries[path.slice(DATA_DIR.length + 1)] = [bytes, { mtime: ZIP_TIME }];
  const zip = zipSync(entries, { level: 6 });
  files.set(ZIP_FILE, zip);
  manifest.push({ key: 'zip', path: ZIP_FILE, size: zip.length, count: Object.keys(entries).length });
  return { files, manifest };
}

/** The zip's README.txt, in the edition's words: what each file holds, how it is written, the licences. */
export function readmeText(bundle: StoryBundle, manifest: DownloadEntry[], siteUrl: string): string {
  const d = bundle.ui.data;
  const fill = (t: string, v: Record<string, string | number>) => t.replace(/\{(\w+)\}/g, (m, k: string) => (k in v ? String(v[k]) : m));
  const { modified } = publicationDates(bundle);
  const lines = [
    bundle.story.title,
    '='.repeat(bundle.story.title.length),
    '',
    fill(d.readmeIntro, { title: bundle.story.title, url: siteUrl || '—', date: modified, checked: bundle.story.checked }),
    '',
    d.readmeFiles,
  ];
  for (const m of manifest) {
    if (m.key === 'zip') continue;
    const name = m.path.slice(DATA_DIR.length + 1);
    lines.push(`- ${name}${m.key === 'geo' ? '<id>.geojson' : ''}: ${fill(d.files[m.key], { n: m.count })}`);
  }
  lines.push('', d.readmeCsv, d.readmeGeo, '', d.licenceTitle, `- ${d.licence}`, `- ${d.licenceMap}`, '');
  return lines.join('\r\n');
}
