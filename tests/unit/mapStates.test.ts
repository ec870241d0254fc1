// Map states as shipped (data/map-states.json): valid, complete, every reference resolves, the content rules
// hold (both name forms, schematic and approximate marked, sources named), and labels never collide.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { MapState } from '../../src/lib/model/mapStateSchema.ts';
import { resolveRef } from '../../src/lib/map/geo.ts';
import { buildBaseMap } from '../../src/build/project.ts';
import { mapModel } from '../../src/lib/map/mapModel.ts';
import { resolveLabels, type Rect } from '../../src/lib/map/labels.ts';
import { bundle } from '../fixtures/bundle.ts';

const root = resolve(import.meta.dirname, '../..');
const read = (p: string) => JSON.parse(readFileSync(resolve(root, p), 'utf8'));
const states: MapState[] = bundle.mapStates;
const sources = bundle.sources;
const ui = read('data/ui.en.json');
const DUAL_NAMES: Record<string, string> = ui.map.names;
const story = read('data/story.en.json');
const base = buildBaseMap(read('static/geo/karabakh.topo.json'));

const IDS = ['region', 'nkao-1923', 'soviet-breakup', 'war-1992', 'war-1993', 'held-1994', 'tavush-2020', 'front-2020', 'stepanakert-2020', 'wider-region', 'war-2020', 'ceasefire-2020', 'blockade-2022', 'exodus-2023', 'peace-2025'];
const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

describe('map states', () => {
  it('are the 15 states the story uses, each with a view, layers and a legend', () => {
    expect(states.map((s) => s.id)).toEqual(IDS);
    for (const s of states) {
      expect(s.view, s.id).toBeDefined();
      expect(s.legend.length, s.id).toBeGreaterThan(0);
      expect(s.labels.length, s.id).toBeGreaterThan(0);
    }
    const used = story.sections.flatMap((sec: { steps: { map: string }[] }) => sec.steps.map((st) => st.map));
    for (const m of used) expect(IDS).toContain(m);
  });

  it('refer only to features, places and sources that exist', () => {
    const sourceIds = new Set(sources.map((s) => s.id));
    for (const s of states) {
      for (const r of s.view?.fit ?? []) expect(resolveRef(base, r).length, `${s.id} fit ${r}`).toBeGreaterThan(0);
      for (const a of s.areas) expect(resolveRef(base, a.ref).length, `${s.id} area ${a.ref}`).toBeGreaterThan(0);
      expect(resolveLabels(base, s.labels).map((l) => l.ref), s.id).toEqual(s.labels.map((l) => l.ref));
      for (const id of s.sources) expect(sourceIds.has(id), `${s.id} source ${id}`).toBe(true);
      for (const r of s.routes) for (const p of r.via) if (typeof p === 'string') expect(base.cities[p], `${s.id} route ${p}`).toBeDefined();
    }
  });

  it('have a legend entry for every styled thing they show', () => {
    for (const s of states) {
      const needs = [
        // The oblast's outline is "oblast" in the legend while it existed (to 1991), "nkao" (the former oblast) after.
        ...s.layers.filter((l) => l !== 'water' && l !== 'admin').map((l) => (l === 'nkao' && s.legend.includes('oblast') ? 'oblast' : l)),
        ...s.areas.map((a) => a.style),
        ...s.routes.map((r) => r.style),
      ];
      for (const n of needs) expect(s.legend, `${s.id} legend lacks ${n}`).toContain(n);
    }
  });

  it('mark schematic and approximate things as such', () => {
    for (const key of ['corridor', 'exodus', 'transit']) expect(ui.map.legend[key]).toMatch(/schematic/);
    for (const key of ['returned', 'taken']) expect(ui.map.legend[key]).toMatch(/approx/);
  });

  it('label contested places with both names', () => {
    const labelled = states.flatMap((s) => resolveLabels(base, s.labels));
    for (const l of labelled) {
      const name = l.ref.replace(/^district:/, '');
      if (DUAL_NAMES[name]) expect(l.lines[0]).toBe(DUAL_NAMES[name]);
    }
    expect(labelled.some((l) => l.lines[0] === 'Stepanakert / Khankendi')).toBe(true);
  });

  it.each([
    [375, 740],
    [1280, 800],
    [768, 900],
    [800, 600],
  ])('place labels without overlap and keep the key ones at %i×%i', (w, h) => {
    for (const s of states) {
      const m = mapModel(base, s, w, h, sources);
      const boxes = m.labels.map((l) => l.box);
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i], boxes[j]), `${s.id}: ${m.labels[i].ref} × ${m.labels[j].ref}`).toBe(false);
        for (const o of m.furniture.obstacles) expect(overlaps(boxes[i], o), `${s.id}: ${m.labels[i].ref} × furniture`).toBe(false);
      }
      const placed = new Set(m.labels.map((l) => l.ref));
      for (const l of s.labels) if (l.keep || l === s.labels[0]) expect(placed.has(l.ref), `${s.id} at ${w}: ${l.ref} dropped`).toBe(true);
    }
  });
});
