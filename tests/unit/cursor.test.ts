// The page's cursor: one index into the steps shown, and what derives from it (the step, its map state, the
// steps the reader is past), whichever engine moves it.
import { describe, expect, it } from 'vitest';
import { Cursor } from '../../src/lib/story/cursor.svelte.ts';
import type { Story } from '../../src/lib/model/schema.ts';
import type { MapState } from '../../src/lib/model/mapStateSchema.ts';

const step = (id: string, map: string) => ({ id, map, text: [`${id}.`] });
const story: Story = {
  locale: 'en',
  title: 'T',
  dek: 'D',
  checked: 'today',
  sections: [
    { id: 'one', title: 'One', steps: [step('a', 'm1'), step('b', 'm2')] },
    { id: 'two', title: 'Two', steps: [step('c', 'm2'), step('d', 'm3'), step('e', 'm1')] },
  ],
} as Story;
const states = new Map(['m1', 'm2', 'm3'].map((id) => [id, { id } as MapState]));

describe('Cursor', () => {
  it('starts on the first step and derives its step, section and map state', () => {
    const c = new Cursor(story, states);
    expect([c.index, c.id, c.current.section.id, c.mapState.id, c.length]).toEqual([0, 'a', 'one', 'm1', 5]);
    c.go(3);
    expect([c.index, c.id, c.current.section.id, c.mapState.id]).toEqual([3, 'd', 'two', 'm3']);
    expect(c.mapStates.map((s) => s.id)).toEqual(['m1', 'm2', 'm2', 'm3', 'm1']);
  });

  it('clamps the index to the steps shown', () => {
    const c = new Cursor(story, states);
    c.go(99);
    expect(c.id).toBe('e');
    c.go(-4);
    expect(c.id).toBe('a');
    c.go(Number.NaN);
    expect(c.id).toBe('a');
  });

  it('knows which steps the reader is past, in the whole story', () => {
    const c = new Cursor(story, states);
    c.goTo('c');
    expect(['a', 'b', 'c', 'd'].map((id) => c.isPassed(id))).toEqual([true, true, false, false]);
    expect(c.isActive('c')).toBe(true);
    expect(c.isActive('b')).toBe(false);
  });

  it('counts through one section when one is shown, from its first step', () => {
    const c = new Cursor(story, states);
    c.go(1);
    c.section = 'two';
    expect([c.index, c.id, c.ids]).toEqual([0, 'c', ['c', 'd', 'e']]);
    expect(c.goTo('a')).toBe(false);
    expect(c.id).toBe('c');
    c.go(2);
    expect([c.id, c.mapState.id]).toEqual(['e', 'm1']);
    // Steps of the section are still past the whole story's earlier ones.
    expect(c.isPassed('a')).toBe(true);
  });

  it('follows a hash that names a step shown, and ignores any other', () => {
    const c = new Cursor(story, states);
    expect(c.fromHash('#d')).toBe(true);
    expect(c.id).toBe('d');
    for (const h of ['', '#', '#nope', '#%E0%A4%A', '#src-afp']) expect(c.fromHash(h), h).toBe(false);
    expect(c.id).toBe('d');
  });
});
