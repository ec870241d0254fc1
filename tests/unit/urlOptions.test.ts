// The page's URL: its options (?section=, ?present) and the step its hash names, whatever a reader pastes.
import { describe, expect, it } from 'vitest';
import { parseUrlOptions, stepIndexFromHash } from '../../src/lib/model/urlOptions.ts';

describe('stepIndexFromHash', () => {
  const ids = ['where', 'oblast-1923', 'day-five'];
  it('finds a known step', () => expect(stepIndexFromHash('#day-five', ids)).toBe(2));
  it.each(['', '#', '#nope', '#%00', '#%E0%A4%A', '#' + 'x'.repeat(10_000), '#../../x'])('ignores %s', (h) => {
    expect(stepIndexFromHash(h, ids)).toBe(-1);
  });
});

describe('parseUrlOptions', () => {
  const known = { sections: ['intro', 'fighting-2020'] };
  it.each([
    ['', { section: null, present: false }],
    ['?section=fighting-2020', { section: 'fighting-2020', present: false }],
    ['?section=../../x', { section: null, present: false }],
    ['?present', { section: null, present: true }],
    ['?present=abc', { section: null, present: false }],
    ['?lang=zz', { section: null, present: false }],
    ['?embed&present&section=intro', { section: 'intro', present: true }],
    ['?section=' + 'a'.repeat(10_000), { section: null, present: false }],
  ])('%s', (search, expected) => expect(parseUrlOptions(search, known)).toEqual(expected));
});
