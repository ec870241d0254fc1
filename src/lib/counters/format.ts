// Formats counter figures for the reader's locale; a range reads "20,000–30,000".
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

/** The counter's figure as text, at a given progress through its animation (1 = final). */
export function formatCounter(c: Pick<Counter, 'value' | 'min'>, locale = 'en', progress = 1): string {
  const t = Math.max(0, Math.min(1, progress));
  if (c.min !== undefined) return `${formatNumber(c.min * t, locale)}–${formatNumber(c.value * t, locale)}`;
  return formatNumber(c.value * t, locale);
}
