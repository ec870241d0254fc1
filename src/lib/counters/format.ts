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
 * The counter's figure as text at a given progress through its animation (1 = final), in the locale's digits
 * (`number`). Both ends of a range count up together, so "0–0" becomes "20,000–30,000".
 */
export function formatCounter(c: Pick<Counter, 'value' | 'min'>, number: NumberFormat, progress = 1, from = 0): string {
  const hi = number(valueAt(c.value, progress, from));
  return c.min === undefined ? hi : `${number(valueAt(c.min, progress, from))}–${hi}`;
}
