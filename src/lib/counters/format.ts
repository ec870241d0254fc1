// Counter figures as text: a range reads "20,000–30,000", and both ends count up together. Pure, so the
// prerendered markup, the animation frames and the tests all write a figure the same way.
import type { Counter } from '../model/schema.ts';
import type { NumberFormat } from '../locale/numbers.ts';

/** The figure `progress` of the way from `from` to its final value (0 = start, 1 = final; clamped). */
export function valueAt(target: number, progress: number, from = 0): number {
  // d3-interpolate's interpolateNumber, written out: importing it brings all of d3-color (6 KB gzip) along.
  const t = Math.max(0, Math.min(1, progress));
  return from * (1 - t) + target * t;
}

/**
 * The rounding a figure has: 1 for 613, 100 for 2,900, 1,000 for 7,000 or 30,000 (at most 1,000). A count passes
 * only through figures of that precision, never "about 2,887" on its way to "about 2,900".
 */
export function precisionOf(n: number): number {
  let step = 1;
  while (step < 1000 && n !== 0 && n % (step * 10) === 0) step *= 10;
  return step;
}

/** `v` rounded to a multiple of `step`. */
const snap = (v: number, step: number) => Math.round(v / step) * step;

/**
 * The counter's figure as text at a given progress through its animation (1 = final), in the locale's digits
 * (`number`). Both ends of a range count up together, so "0–0" becomes "20,000–30,000", each end in steps of its
 * own precision.
 */
export function formatCounter(c: Pick<Counter, 'value' | 'min'>, number: NumberFormat, progress = 1, from = 0): string {
  const hi = number(snap(valueAt(c.value, progress, from), precisionOf(c.value)));
  return c.min === undefined ? hi : `${number(snap(valueAt(c.min, progress, from), precisionOf(c.min)))}–${hi}`;
}
