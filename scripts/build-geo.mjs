// npm run build:geo: derives the site's own small TopoJSON (static/geo/karabakh.topo.json) from the regional
// extract (data/geo/karabakh_region.topo.json by default, committed with its provenance in data/geo/README.md). Only needed to regenerate the committed file.
//
//   node scripts/build-geo.mjs [input.topo.json]      (or KE_GEO_SRC=… npm run build:geo)
//
// Keeps only the layers and features the story uses, trims properties, simplifies (topojson-simplify) and
// quantizes for a map about 1000 px wide that zooms about 4× into Nagorno-Karabakh.
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { presimplify, simplify } from 'topojson-simplify';
import { quantize } from 'topojson-client';

const root = resolve(import.meta.dirname, '..');
const src = process.argv[2] ?? process.env.KE_GEO_SRC ?? resolve(root, 'data/geo/karabakh_region.topo.json');
const out = resolve(root, 'static/geo/karabakh.topo.json');

/** Planar triangle area (degrees²) below which a vertex is dropped: ~0.4 px at the 4× close-up. */
const MIN_WEIGHT = 1.5e-6;
const QUANTIZATION = 1e4;

const RIVERS = new Set(['Aras', 'Kura', 'Terter', 'Vorotan', 'Hrazdan', 'Akhurian', 'Alazani', 'Iori', 'Khrami']);
const LAKES = new Set(['Lake Sevan', 'Mingevir Reservoir', 'Lake Urmia', 'Lake Van', 'Cildir']);
const ADMIN1 = new Set(['Tavush', 'Tovuz', 'Qazakh', 'Syunik']);

/** object name → [filter, properties to keep] */
const KEEP = {
  countries: [() => true, (p) => ({ name: p.name })],
  admin1: [(p) => ADMIN1.has(p.name_en), (p) => ({ name: p.name_en })],
  seven_districts: [() => true, (p) => ({ name: p.name_en, held: p.held_1994_2020 })],
  nkao: [() => true, () => ({ name: 'NKAO' })],
  nk_controlled_1994_2020: [() => true, () => ({ name: 'held-1994-2020' })],
  ceasefire_line_1994: [() => true, () => ({ name: 'line-1994' })],
  lachin_corridor_schematic: [() => true, () => ({ name: 'lachin-corridor-schematic' })],
  lakes: [(p) => LAKES.has(p.name), (p) => ({ name: p.name })],
  rivers: [(p) => RIVERS.has(p.name), (p) => ({ name: p.name })],
  cities: [() => true, (p) => ({ name: p.name_en, role: p.role })],
};

/** Delta-decodes a quantized topology's arcs to absolute coordinates and drops the transform. */
function dequantize(topo) {
  if (!topo.transform) return topo;
  const { scale: [kx, ky], translate: [dx, dy] } = topo.transform;
  const arcs = topo.arcs.map((arc) => {
    let x = 0, y = 0;
    return arc.map(([ax, ay]) => [(x += ax) * kx + dx, (y += ay) * ky + dy]);
  });
  const point = ([x, y]) => [x * kx + dx, y * ky + dy];
  const objects = {};
  for (const [name, o] of Object.entries(topo.objects)) {
    objects[name] = {
      ...o,
      geometries: o.geometries.map((g) =>
        g.type === 'Point' ? { ...g, coordinates: point(g.coordinates) } : g.type === 'MultiPoint' ? { ...g, coordinates: g.coordinates.map(point) } : g,
      ),
    };
  }
  const { transform, ...rest } = topo;
  return { ...rest, arcs, objects };
}

/** Calls fn on every arc index a geometry uses (negative indexes are reversed arcs, ~i). */
function eachArc(g, fn) {
  const walk = (a) => (typeof a === 'number' ? fn(a) : a.forEach(walk));
  if (g.arcs) walk(g.arcs);
}

/** Removes arcs no kept geometry uses and renumbers the rest. */
function prune(topo) {
  const used = new Set();
  for (const o of Object.values(topo.objects)) for (const g of o.geometries) eachArc(g, (i) => used.add(i < 0 ? ~i : i));
  const index = new Map();
  const arcs = [];
  topo.arcs.forEach((arc, i) => {
    if (used.has(i)) {
      index.set(i, arcs.length);
      arcs.push(arc);
    }
  });
  const remap = (a) => (typeof a === 'number' ? (a < 0 ? ~index.get(~a) : index.get(a)) : a.map(remap));
  const objects = {};
  for (const [name, o] of Object.entries(topo.objects)) {
    objects[name] = { ...o, geometries: o.geometries.map((g) => (g.arcs ? { ...g, arcs: remap(g.arcs) } : g)) };
  }
  return { ...topo, arcs, objects };
}

const input = JSON.parse(await readFile(src, 'utf8'));
const topo = dequantize(input);

const objects = {};
for (const [name, [keep, props]] of Object.entries(KEEP)) {
  const o = topo.objects[name];
  if (!o) throw new Error(`${src}: no object "${name}"`);
  const geometries = o.geometries
    .filter((g) => keep(g.properties ?? {}))
    .map(({ type, arcs, coordinates, properties }) => ({ type, ...(arcs ? { arcs } : {}), ...(coordinates ? { coordinates } : {}), properties: props(properties ?? {}) }));
  objects[name] = { type: 'GeometryCollection', geometries };
}

let result = prune({ type: 'Topology', bbox: input.bbox, objects, arcs: topo.arcs });
result = simplify(presimplify(result), MIN_WEIGHT);
// Drop the weights presimplify added, then quantize.
result.arcs = result.arcs.map((arc) => arc.map(([x, y]) => [x, y]));
result = quantize(result, QUANTIZATION);
result.bbox = input.bbox;

const json = JSON.stringify(result);
await mkdir(resolve(root, 'static/geo'), { recursive: true });
await writeFile(out, json + '\n');
console.log(`Wrote ${out}: ${(json.length / 1024).toFixed(1)} KB, ${(gzipSync(json).length / 1024).toFixed(1)} KB gzip, ${result.arcs.length} arcs.`);
