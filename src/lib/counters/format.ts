// Formats counter figures for the story's locale; a range reads "20,000–30,000". Pure, so the prerendered
// markup, the animation frames and the tests all format a figure the same way.
import { interpolateNumber } from 'd3-interpolate';
import type { Counter } from '../story/schema.ts';

const formatters = new Map<string, Intl.NumberFormat>();
function nf(locale: string) {
  let f = formatters.get(locale);
  if (!f) formatters.set(locale, (f = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 })));
  return f;
}

export function formatNumber(n: number, locale = 'en'): string {
  return nf(locale).format(Math.round(n));
}

/** The figure `progress` of the way from `from` to its final value (0 = start, 1 = final; clamped). */
export function valueAt(target: number, progress: number, from = 0): number {
  return interpolateNumber(from, target)(Math.max(0, Math.min(1, progress)));
}

/**
 * The counter's figure as text at a given progress through its animation (1 = final). Both ends of a range
 * count up together, so "0–0" becomes "20,000–30,000".
 */
export function formatCounter(c: Pick<Counter, 'value' | 'min'>, locale = 'en', progress = 1, from = 0): string {
  const hi = formatNumber(valueAt(c.value, progress, from), locale);
  return c.min === undefined ? hi : `${formatNumber(valueAt(c.min, progress, from), locale)}–${hi}`;
}
