// The static map of every state (what dist/maps/<state-id>.svg holds), rendered with svelte/server: deterministic,
// self-contained, small, and unchanged unless a change is meant (snapshots under __snapshots__/maps/). Path data is
// replaced by its length and a hash in the snapshot so a diff stays readable.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { buildBaseMap } from '../../src/build/project.ts';
import { staticSvg } from '../../src/build/staticMaps.ts';
import { bundle } from '../fixtures/bundle.ts';

const root = resolve(import.meta.dirname, '../..');
const read = (p: string) => JSON.parse(readFileSync(resolve(root, p), 'utf8'));
const states = bundle.mapStates;
const sources = bundle.sources;
const base = buildBaseMap(read('static/geo/karabakh.topo.json'));

const readable = (svg: string) =>
  svg
    .replace(/ d="([^"]{40,})"/g, (_, d: string) => ` d="${d.length}:${createHash('sha1').update(d).digest('hex').slice(0, 10)}"`)
    .replace(/></g, '>\n<');

describe.each(states.map((s) => [s.id, s] as const))('static map %s', (id, state) => {
  const svg = staticSvg(base, state, sources);

  it('is deterministic and matches its snapshot', async () => {
    expect(staticSvg(base, state, sources)).toBe(svg);
    await expect(readable(svg)).toMatchFileSnapshot(`./__snapshots__/maps/${id}.svg.txt`);
  });

  it('is a self-contained, reasonably small SVG document with title, legend and attribution', () => {
    expect(svg.startsWith('<?xml')).toBe(true);
    expect(svg).toMatch(/<svg[^>]* xmlns="http:\/\/www.w3.org\/2000\/svg"[^>]* viewBox="0 0 400 300"/);
    expect(svg).toContain(`<title>Map: ${state.title.replace(/&/g, '&amp;')}`);
    expect(svg).toContain('Map data: Natural Earth (public domain); GeoNames (CC BY 4.0);');
    expect(svg).toContain('changes after 2020 are approximate.');
    expect(svg).toContain('data-legend');
    // Armenia's texture (grey prints): drawn over its fill and on its legend swatch when it has one.
    expect(svg).toContain('data-texture="Armenia"');
    // No external references: only internal url(#…) and href="#…"; no scripts, no fonts fetched.
    expect(svg).not.toMatch(/(?:href|src)="(?!#)/);
    expect(svg).not.toMatch(/url\((?!#)/);
    expect(svg).not.toMatch(/<script|<foreignObject|@import|@font-face/);
    expect(svg).not.toContain('<!--');
    expect(gzipSync(svg).length).toBeLessThan(40 * 1024);
  });
});
