// A section shown alone (?section=) numbers its own footnotes: from 1, in the order it cites them, and lists only
// those sources; the whole story keeps its numbering.
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { loadStoryFiles } from '../../scripts/vite-plugin-story.ts';
import { validateBundle } from '../../src/build/validate.ts';
import { citedIds, indexSources, sectionCites, sectionIndex } from '../../src/lib/sources/sources.ts';

const { story, sources } = validateBundle(loadStoryFiles(resolve(import.meta.dirname, '../../data')));
const full = indexSources(story, sources);
const cites = sectionCites(story);

describe('sectionIndex', () => {
  it.each(story.sections.map((s) => [s.id]))('%s: numbered from 1 in its order of citation, only its sources', (id) => {
    const own = citedIds({ ...story, sections: story.sections.filter((s) => s.id === id) });
    const index = sectionIndex(full, cites[id]);
    expect(index.ordered.map((s) => s.id)).toEqual(own);
    expect(own.map((sid) => index.number.get(sid))).toEqual(own.map((_, i) => i + 1));
    expect(index.number.size).toBe(own.length);
  });
  it('a later section no longer starts at the whole story’s numbers', () => {
    const last = story.sections.at(-2)!.id;
    const first = citedIds({ ...story, sections: story.sections.filter((s) => s.id === last) })[0];
    expect(full.number.get(first)).toBeGreaterThan(1);
    expect(sectionIndex(full, cites[last]).number.get(first)).toBe(1);
  });
});
