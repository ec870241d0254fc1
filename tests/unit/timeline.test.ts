// The timeline's ticks come from the steps' dates: one per distinct date, in time order, at each date's
// precision; undated steps continue the moment before them.
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { deriveTimeline, formatDate, visibleYears } from '../../src/lib/timeline/ticks.ts';
import { loadStoryFiles } from '../../scripts/vite-plugin-story.ts';
import { validateBundle } from '../../src/build/validate.ts';
import { flattenSteps } from '../../src/lib/model/steps.ts';

describe('formatDate', () => {
  it('formats at the precision the story gives', () => {
    expect(formatDate('1923')).toBe('1923');
    expect(formatDate('2023-09')).toMatch(/^Sept? 2023$/);
    expect(formatDate('2020-09-27')).toMatch(/^27 Sept? 2020$/);
    expect(formatDate('2020-10-01', 'en', 'long')).toBe('1 October 2020');
    expect(formatDate('2024-01', 'en', 'long')).toBe('January 2024');
  });
  it('uses the story locale', () => {
    expect(formatDate('2020-11-10', 'de', 'long')).toBe('10. November 2020');
    expect(formatDate('2020-11-10', 'fr', 'long')).toBe('10 novembre 2020');
  });
});

describe('deriveTimeline', () => {
  const steps = [
    { id: 'intro' },
    { id: 'oblast', date: '1923' },
    { id: 'war', date: '1988' },
    { id: 'war-more' },
    { id: 'day-five', date: '2020-10-01' },
    { id: 'toll', date: '2020-10-01' },
    { id: 'start-2020', date: '2020-09-27' },
    { id: 'exodus', date: '2023-09' },
  ];
  const t = deriveTimeline(steps);

  it('makes one tick per distinct date, in time order', () => {
    expect(t.ticks.map((x) => x.date)).toEqual(['1923', '1988', '2020-09-27', '2020-10-01', '2023-09']);
    expect(t.ticks.map((x) => x.year)).toEqual(['1923', '1988', '2020', '2020', '2023']);
    expect(t.ticks[3].label).toMatch(/^1 Oct 2020$/);
    expect(t.ticks[3].long).toBe('1 October 2020');
  });

  it('puts each step on its tick; undated steps on the one before, or none at the start', () => {
    expect(t.tickOfStep).toEqual([-1, 0, 1, 1, 3, 3, 2, 4]);
    expect(t.ticks.map((x) => x.steps)).toEqual([['oblast'], ['war', 'war-more'], ['start-2020'], ['day-five', 'toll'], ['exodus']]);
  });

  it('is empty for an undated story', () => {
    expect(deriveTimeline([{ id: 'a' }, { id: 'b' }])).toEqual({ ticks: [], tickOfStep: [-1, -1] });
  });

  it('covers every dated step of the shipped story', () => {
    const { story } = validateBundle(loadStoryFiles(resolve(import.meta.dirname, '../../data')));
    const all = flattenSteps(story).map((s) => s.step);
    const tl = deriveTimeline(all, story.locale);
    const dates = new Set(all.flatMap((s) => (s.date ? [s.date] : [])));
    expect(tl.ticks.length).toBe(dates.size);
    all.forEach((s, i) => {
      if (s.date) expect(tl.ticks[tl.tickOfStep[i]].date).toBe(s.date);
    });
  });
});

describe('visibleYears', () => {
  const years = (...ys: string[]) => ys.map((year) => ({ year }));
  const shown = (ticks: { year: string }[], flags: boolean[]) => ticks.filter((_, i) => flags[i]).map((t) => t.year);

  it('labels the first tick of each year when there is room', () => {
    const t = years('1923', '1988', '2020', '2020', '2020', '2023');
    expect(visibleYears(t, -1, 600)).toEqual([true, true, true, false, false, true]);
  });

  it('never puts two labels closer than the gap, however many dates', () => {
    const t = years(...Array.from({ length: 27 }, (_, i) => String(1900 + i)));
    const flags = visibleYears(t, 10, 540, 34);
    const at = flags.flatMap((f, i) => (f ? [i * 20] : []));
    at.slice(1).forEach((x, k) => expect(x - at[k]).toBeGreaterThanOrEqual(34));
    expect(flags[10]).toBe(true);
    expect(shown(t, flags).length).toBeGreaterThan(8);
  });

  it('always labels the current tick, even a repeated year', () => {
    const t = years('2020', '2020', '2020');
    expect(shown(t, visibleYears(t, 2, 600))).toEqual(['2020', '2020']);
    expect(visibleYears(t, 1, 60)).toEqual([false, true, false]);
  });
});
