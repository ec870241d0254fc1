// Counter figures: locale formatting, ranges, the value at any point of the count, and the shared animation
// loop (one requestAnimationFrame chain for any number of counters, eased, ending exactly on the final value).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatCounter, precisionOf, valueAt } from '../../src/lib/counters/format.ts';
import { intlFormat, numberSpec, specFormat } from '../../src/lib/locale/numbers.ts';

const en = intlFormat('en');
import { prefersReducedMotion, tween } from '../../src/lib/counters/tween.ts';

describe('numbers with Intl', () => {
  it.each([
    ['en', 127, '127'],
    ['en', 100417, '100,417'],
    ['en', 1960, '1,960'],
    ['en', 1234.6, '1,235'],
    ['de', 100417, '100.417'],
    ['fr', 30000, '30\u202f000'],
    ['ru', 30000, '30\u00a0000'],
  ])('%s %d → %s', (locale, n, out) => {
    expect(intlFormat(locale)(n)).toBe(out);
  });
});

describe('numbers without Intl, from a spec made at build time', () => {
  // Grouping by threes and by Indian lakhs, other separators, other digits.
  it.each(['en', 'en-IN', 'de', 'fr', 'hy', 'az', 'ru', 'ar-EG', 'hi-IN-u-nu-deva'])('%s writes every count as Intl does', (locale) => {
    const intl = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    const spec = specFormat(numberSpec(locale));
    for (const n of [0, 7, 42, 127, 999, 1000, 1234, 12345, 100417, 115183, 1000000, 12345678, 987654321, -5, -30000])
      expect(spec(n), `${locale} ${n}`).toBe(intl.format(n));
  });
});

describe('formatCounter', () => {
  it('formats a single figure and a range (the value is the upper bound)', () => {
    expect(formatCounter({ value: 127 }, en)).toBe('127');
    expect(formatCounter({ value: 30000, min: 20000 }, en)).toBe('20,000–30,000');
    expect(formatCounter({ value: 30000, min: 20000 }, intlFormat('de'))).toBe('20.000–30.000');
  });

  it('passes only through figures as round as the final one ("about 2,900" never shows 2,887)', () => {
    expect(precisionOf(2900)).toBe(100);
    expect(precisionOf(30000)).toBe(1000);
    expect(precisionOf(613)).toBe(1);
    expect(precisionOf(1960)).toBe(10);
    expect(precisionOf(0)).toBe(1);
    for (let i = 0; i <= 100; i++) {
      const p = i / 100;
      expect(Number(formatCounter({ value: 2900 }, en, p).replace(/,/g, '')) % 100, `2900 at ${p}`).toBe(0);
      const [lo, hi] = formatCounter({ value: 30000, min: 20000 }, en, p).split('–').map((x) => Number(x.replace(/,/g, '')));
      expect(lo % 1000 + hi % 1000, `range at ${p}`).toBe(0);
    }
    // Exact figures still count through every unit.
    expect(formatCounter({ value: 613 }, en, 0.5)).toBe('307');
  });

  it('counts both ends of a range up together', () => {
    expect(formatCounter({ value: 30000, min: 20000 }, en, 0)).toBe('0–0');
    expect(formatCounter({ value: 30000, min: 20000 }, en, 0.5)).toBe('10,000–15,000');
    expect(formatCounter({ value: 30000, min: 20000 }, en, 1)).toBe('20,000–30,000');
  });

  it('reads progress 0 → start, 1 → final, clamped outside', () => {
    expect(formatCounter({ value: 127 }, en, 0)).toBe('0');
    expect(formatCounter({ value: 127 }, en, 0.5)).toBe('64');
    expect(formatCounter({ value: 127 }, en, -1)).toBe('0');
    expect(formatCounter({ value: 127 }, en, 2)).toBe('127');
    expect(formatCounter({ value: 127 }, en, 0, 100)).toBe('100');
  });
});

describe('valueAt', () => {
  it('interpolates from the start to the target', () => {
    expect(valueAt(100417, 0)).toBe(0);
    expect(valueAt(100417, 1)).toBe(100417);
    expect(valueAt(200, 0.25, 100)).toBe(125);
  });
});

describe('tween', () => {
  let queue: FrameRequestCallback[] = [];
  const frames = () => queue.length;
  function run(now: number) {
    const q = queue;
    queue = [];
    q.forEach((cb) => cb(now));
  }
  afterEach(() => {
    vi.unstubAllGlobals();
    queue = [];
  });

  it('drives every running tween from one animation-frame loop, eased, ending on 1', () => {
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => queue.push(cb));
    const a: number[] = [];
    const b: number[] = [];
    const done = vi.fn();
    tween(1000, (t) => a.push(t), done);
    tween(500, (t) => b.push(t));
    expect(frames()).toBe(1);
    run(0);
    expect(frames()).toBe(1);
    run(250);
    run(500);
    expect(b.at(-1)).toBe(1);
    run(900);
    expect(done).not.toHaveBeenCalled();
    run(1000);
    expect(done).toHaveBeenCalledOnce();
    expect(a[0]).toBe(0);
    expect(a.at(-1)).toBe(1);
    // Ease-out: past half the distance at a quarter of the time, and never going backwards.
    expect(a[1]).toBeGreaterThan(0.5);
    expect([...a].sort((x, y) => x - y)).toEqual(a);
    // Nothing left to run: the loop stops.
    expect(frames()).toBe(0);
  });

  it('can be stopped early, without calling done', () => {
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => queue.push(cb));
    const seen: number[] = [];
    const done = vi.fn();
    const stop = tween(1000, (t) => seen.push(t), done);
    run(0);
    stop();
    run(100);
    expect(seen).toEqual([0]);
    expect(done).not.toHaveBeenCalled();
    expect(frames()).toBe(0);
  });
});

describe('prefersReducedMotion', () => {
  it('is false where there is no matchMedia (the prerender)', () => {
    expect(prefersReducedMotion()).toBe(false);
  });
  it('follows the media query', () => {
    vi.stubGlobal('matchMedia', (q: string) => ({ matches: q.includes('reduce') }));
    expect(prefersReducedMotion()).toBe(true);
    vi.unstubAllGlobals();
  });
});
