// The live map panel: state → visible layers, areas, labels and legend; its accessible name follows the state;
// a failed or corrupt data file leaves a clear message.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/svelte';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import MapPanel from '../../src/lib/map/MapPanel.svelte';
import type { MapState } from '../../src/lib/model/mapStateSchema.ts';
import { bundle, ui } from '../fixtures/bundle.ts';
import { uiEntry } from '../../src/lib/locale/ui.ts';

/** The page's context a MapPanel reads: the interface's words. */
const context = new Map([uiEntry(ui)]);
import { buildBaseMap, mapFileText } from '../../src/build/project.ts';

const root = resolve(import.meta.dirname, '../..');
const read = (p: string) => readFileSync(resolve(root, p), 'utf8');
const states = bundle.mapStates;
const byId = (id: string) => states.find((s) => s.id === id) as MapState;
// The map file as the build writes it (dist/geo/karabakh.map.json).
const geo = mapFileText(buildBaseMap(JSON.parse(read('static/geo/karabakh.topo.json'))));
const sources = bundle.sources;

beforeAll(async () => {
  // Warm the lazily imported map runtime (compiling it can take seconds on a busy machine).
  await import('../../src/lib/map/mapRuntime.ts');
  // jsdom has no layout: give the panel a size and a ResizeObserver that reports it.
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 800 });
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 600 });
  globalThis.ResizeObserver = class {
    constructor(private cb: ResizeObserverCallback) {}
    observe(target: Element) {
      queueMicrotask(() => this.cb([{ target } as ResizeObserverEntry], this as unknown as ResizeObserver));
    }
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
}, 60_000);
afterEach(() => vi.unstubAllGlobals());

function serve(body: string, ok = true) {
  vi.stubGlobal('fetch', vi.fn(async () => new Response(body, { status: ok ? 200 : 404 })));
}

const panel = () => document.querySelector('[data-map-state]') as HTMLElement;
const layerShown = (id: string) => {
  const g = panel().querySelector(`[data-layer="${id}"]`);
  return !!g && !g.classList.contains('off');
};
const labels = () => [...panel().querySelectorAll('text.label')].map((t) => t.textContent);
// A legend entry may wrap onto two lines (tspans): read it as one line of words.
const legend = () => [...panel().querySelectorAll('[data-legend] text')].map((t) => (t.querySelector('tspan') ? [...t.querySelectorAll('tspan')].map((s) => s.textContent).join(' ') : t.textContent));

async function mount(state: MapState) {
  const r = render(MapPanel, { props: { state, sources }, context });
  await waitFor(() => expect(panel().getAttribute('data-map-ready')).toBe('true'), { timeout: 10_000 });
  return r;
}

describe('MapPanel', { timeout: 30_000 }, () => {
  it('shows the front in 2020: held area, 1994 line, Stepanakert with both names and its distance note', async () => {
    serve(geo);
    await mount(byId('front-2020'));
    expect(panel().getAttribute('data-map-state')).toBe('front-2020');
    expect(layerShown('held')).toBe(true);
    expect(layerShown('line1994')).toBe(true);
    expect(layerShown('nkao-outline')).toBe(true);
    expect(layerShown('districts')).toBe(false);
    expect(layerShown('corridor')).toBe(false);
    expect(labels()).toContain('Stepanakert / KhankendiAFP: about 20 km from fighting (1 Oct 2020)');
    expect(legend()).toEqual(expect.arrayContaining(['Held by Armenian forces 1994–2020', 'Line of contact, 1994']));
    expect(legend().join(' ')).toContain('Source: AFP, 1 October 2020');
    const img = screen.getByRole('img');
    expect(img.getAttribute('aria-label')).toBe(`Map: ${byId('front-2020').title}. ${byId('front-2020').description}`);
  });

  it('changes layers, areas, labels, legend and description with the state', async () => {
    serve(geo);
    const r = await mount(byId('war-1993'));
    expect(layerShown('districts')).toBe(true);
    expect(labels()).toEqual(expect.arrayContaining(['Kalbajar / Karvachar', 'Lachin / Berdzor', 'Aghdam / Akna']));
    await r.rerender({ state: byId('ceasefire-2020') });
    await waitFor(() => expect(panel().getAttribute('data-map-state')).toBe('ceasefire-2020'));
    expect(layerShown('districts')).toBe(false);
    expect(panel().querySelectorAll('[data-route="corridor"]')).toHaveLength(1);
    expect(panel().querySelectorAll('[data-area="returned"]')).toHaveLength(3);
    expect(panel().querySelectorAll('[data-area="taken"]')).toHaveLength(4);
    expect(labels()).toEqual(
      expect.arrayContaining(['Aghdam / Aknahanded back 20 Nov 2020', 'Kalbajar / Karvacharhanded back 25 Nov 2020', 'Lachin / Berdzorhanded back 1 Dec 2020']),
    );
    expect(legend()).toEqual(expect.arrayContaining(['Lachin corridor (schematic)', 'Handed back to Azerbaijan, 2020 (approx.)']));
    expect(screen.getByRole('img').getAttribute('aria-label')).toContain(byId('ceasefire-2020').description);
    expect(panel().textContent).toContain('changes after 2020 are approximate');
  });

  it('draws the exodus route to Goris, labelled schematic', async () => {
    serve(geo);
    await mount(byId('exodus-2023'));
    expect(panel().querySelectorAll('[data-route="exodus"]')).toHaveLength(1);
    expect(labels()).toEqual(expect.arrayContaining(['Route to Goris, September 2023 (schematic)', 'Goris']));
  });

  it.each([
    ['a missing file', () => serve('not found', false)],
    ['a corrupt file', () => serve('{"objects":{"countries":[]},"borders":""}')],
    ['a network error', () => vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('offline'))))],
  ])('says the map could not be loaded after %s', async (_, setup) => {
    setup();
    render(MapPanel, { props: { state: byId('region') }, context });
    await waitFor(() => expect(panel().textContent).toContain('The map could not be loaded'), { timeout: 10_000 });
    expect(panel().getAttribute('data-map-state')).toBe('region');
    expect(screen.getByRole('img').getAttribute('aria-label')).toMatch(/^The map could not be loaded/);
  });
});
