// The browser's frame and parts (src/build/split.ts): together they hold the whole story, each part carries the
// sources its words cite, and footnote numbers are the whole story's, whatever order the parts arrive in.
import { describe, expect, test } from 'vitest';
import { bundle } from '../fixtures/bundle.ts';
import { splitBundle } from '../../src/build/split.ts';
import { indexSources, sectionCites } from '../../src/lib/sources/sources.ts';
import { refsIn } from '../../src/lib/model/text.ts';
import type { SectionPart, AboutPart, MapPart } from '../../src/lib/model/bundle.ts';

const { frame, parts, sourceOrder } = splitBundle(bundle);

describe('the story split for the browser', () => {
  test('the frame keeps every step’s outline and none of its words', () => {
    const outline = (b: typeof bundle) => b.story.sections.map((s) => [s.id, s.title, s.steps.map((t) => [t.id, t.map, t.date ?? ''].join())]);
    expect(outline(frame)).toEqual(outline(bundle));
    for (const step of frame.story.sections.flatMap((s) => s.steps)) {
      expect(step.text).toEqual([]);
      expect(step.counters).toBeUndefined();
      expect(step.notes).toBeUndefined();
    }
    expect(frame.corrections).toEqual([]);
    expect(JSON.stringify(frame).length).toBeLessThan(JSON.stringify(bundle).length / 3);
  });

  test('each section’s part holds its steps whole and every source they cite', () => {
    for (const section of bundle.story.sections) {
      const part = parts[section.id] as SectionPart;
      expect(part.steps).toEqual(section.steps);
      const have = new Set(part.sources.map((s) => s.id));
      for (const step of section.steps) {
        for (const id of step.text.flatMap(refsIn)) expect(have, `${step.id} cites ${id}`).toContain(id);
        for (const c of step.counters ?? []) for (const id of [c.source, c.minSource].filter(Boolean)) expect(have).toContain(id);
      }
    }
  });

  test('the About part holds its words, the corrections log and the sources they cite', () => {
    const about = parts.about as AboutPart;
    expect(about.about).toEqual(bundle.story.about);
    // The back matter's words come with it; the page keeps only the counters' link to their row.
    expect(about.ui).toEqual({ about: bundle.ui.about, cite: bundle.ui.cite, data: bundle.ui.data });
    expect(frame.ui.data).toEqual({ figureLink: bundle.ui.data.figureLink });
    expect(about.corrections).toEqual(bundle.corrections);
    const have = new Set(about.sources.map((s) => s.id));
    for (const p of [...about.about.method, ...about.about.naming]) for (const id of refsIn(p)) expect(have).toContain(id);
  });

  test('map states are named in the frame and whole in the live map’s part, with the sources the map credits', () => {
    expect(frame.mapStates.map((s) => Object.keys(s).sort().join())).toEqual(bundle.mapStates.map(() => 'description,id,title'));
    const map = parts.map as MapPart;
    expect(map.mapStates).toEqual(bundle.mapStates);
    const have = new Set(map.sources.map((s) => s.id));
    for (const id of bundle.mapStates.flatMap((s) => s.sources ?? [])) expect(have).toContain(id);
    expect(frame.sources).toEqual([]);
  });

  test('footnote numbers are the whole story’s, and the parts together number every source once', () => {
    expect(sourceOrder).toEqual(indexSources(bundle.story, bundle.sources).ordered.map((s) => s.id));
    const seen = new Map<string, number>();
    for (const part of Object.values(parts)) {
      expect(Object.keys(part.numbers).sort()).toEqual(part.sources.map((s) => s.id).sort());
      for (const [id, n] of Object.entries(part.numbers)) {
        expect(n).toBe(sourceOrder.indexOf(id) + 1);
        seen.set(id, n);
      }
    }
    expect([...seen.keys()].sort()).toEqual([...sourceOrder].sort());
    for (const section of bundle.story.sections) expect((parts[section.id] as SectionPart).cites).toEqual(sectionCites(bundle.story)[section.id]);
  });
});
