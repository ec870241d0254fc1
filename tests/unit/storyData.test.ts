// The story data as shipped: valid by schema, cross-references resolve. And malformed data fails with a
// message naming the file, the step and the field.
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { loadStoryFiles } from '../../scripts/vite-plugin-story.ts';
import { validateBundle } from '../../src/build/validate.ts';
import { DataError } from '../../src/lib/model/schema.ts';
import { plainText, parseText, refsIn } from '../../src/lib/model/text.ts';
import { writeBrokenStory } from '../fixtures/brokenStory.ts';

const root = resolve(import.meta.dirname, '../..');

describe('shipped story data', () => {
  it('validates', () => {
    const bundle = validateBundle(loadStoryFiles(resolve(root, 'data')));
    expect(bundle.story.sections.length).toBeGreaterThanOrEqual(6);
  });
});

describe('malformed story data', () => {
  it('names the file, the step and the field', () => {
    const broken = writeBrokenStory();
    const raw = loadStoryFiles(broken.dir);
    let err: unknown;
    try {
      validateBundle(raw);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(DataError);
    const msg = (err as Error).message;
    expect(msg).toContain(`Invalid data in ${broken.file}`);
    expect(msg).toContain(`step "${broken.stepId}", field ${broken.field}:`);
  });

  it.each([
    ['an unknown map state', (s: any) => (s.sections[0].steps[0].map = 'atlantis'), /step "where", field map: unknown map state "atlantis"/],
    ['an unknown source', (s: any) => (s.sections[0].steps[0].text[0] += '[^nobody]'), /step "where", field text\[0\]: unknown source "nobody"/],
    ['a duplicate step id', (s: any) => (s.sections[1].steps[0].id = 'where'), /step "where", field id: duplicate id/],
    ['a bad id', (s: any) => (s.sections[0].steps[0].id = 'Where Is It'), /field sections\[0\]\.steps\[0\]\.id: must be kebab-case/],
    ['empty text', (s: any) => (s.sections[0].steps[0].text = []), /step "where", field sections\[0\]\.steps\[0\]\.text: needs at least one paragraph/],
  ])('rejects %s', (_name, mutate, expected) => {
    const raw = loadStoryFiles(resolve(root, 'data'));
    const story = structuredClone(raw.story.data);
    mutate(story);
    expect(() => validateBundle({ ...raw, story: { ...raw.story, data: story } })).toThrow(expected);
  });
});

describe('text references', () => {
  it('splits text and [^refs]', () => {
    expect(parseText('A[^x-1] b.[^y]')).toEqual([
      { type: 'text', value: 'A' },
      { type: 'ref', id: 'x-1' },
      { type: 'text', value: ' b.' },
      { type: 'ref', id: 'y' },
    ]);
    expect(refsIn('A[^x] b[^x][^z]')).toEqual(['x', 'z']);
    expect(plainText('A[^x] b.')).toBe('A b.');
  });
});
