// Formats counter figures for the story's locale; a range reads "20,000–30,000". Pure, so the prerendered
// markup, the animation frames and the tests all format a figure the same way.
import type { Counter } from '../model/schema.ts';

/**
 * How a locale writes whole numbers: its digits, its grouping separator and group sizes ("12,345,678" in en,
 * "1,23,45,678" in en-IN, "12.345.678" in de). Worked out with Intl at build time (numberSpec), so the page can
 * write counters without Intl: a browser's first Intl.NumberFormat costs some 40 ms, and four times that on a
 * phone, in the middle of the first paint or of a count.
 */
export interface NumberSpec {
  /** The ten digits, 0 to 9. */
  digits: string;
  group: string;
  /** The size of the rightmost group, and of the groups to its left. */
  primary: number;
  secondary: number;
  /** Digits a number needs beyond the first group before it is grouped at all: 1, or 2 where 1000 stays "1000". */
  minGroup: number;
  /** What goes before and after a negative number's digits. */
  negative: [string, string];
}

export function numberSpec(locale: string): NumberSpec {
  const nf = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const digits = Array.from({ length: 10 }, (_, i) => nf.format(i)).join('');
  const parts = nf.formatToParts(12345678);
  const ints = parts.filter((p) => p.type === 'integer').map((p) => p.value.length);
  const group = parts.find((p) => p.type === 'group')?.value ?? '';
  const primary = ints.at(-1) ?? 3;
  const minGroup = group && !nf.format(10 ** primary).includes(group) ? 2 : 1;
  const neg = nf.formatToParts(-1);
  const at = neg.findIndex((p) => p.type === 'integer');
  const join = (ps: Intl.NumberFormatPart[]) => ps.map((p) => p.value).join('');
  return {
    digits,
    group,
    primary,
    secondary: ints.length > 2 ? ints.at(-2)! : primary,
    minGroup,
    negative: [join(neg.slice(0, at)), join(neg.slice(at + 1))],
  };
}

function specFormat(spec: NumberSpec): (n: number) => string {
  const digits = [...spec.digits];
  return (n) => {
    const s = String(Math.abs(n));
    const groups: string[] = [];
    let end = s.length;
    if (spec.group && end >= spec.primary + spec.minGroup) {
      groups.unshift(s.slice(end - spec.primary, end));
      end -= spec.primary;
      while (end > spec.secondary) {
        groups.unshift(s.slice(end - spec.secondary, end));
        end -= spec.secondary;
      }
    }
    groups.unshift(s.slice(0, end));
    const text = groups.join(spec.group).replace(/\d/g, (d) => digits[Number(d)]);
    return n < 0 ? spec.negative[0] + text + spec.negative[1] : text;
  };
}

const formatters = new Map<string, (n: number) => string>();
/** Lets the page format `locale`'s numbers from a spec made at build time, without Intl. */
export function useNumberSpec(locale: string, spec: NumberSpec): void {
  formatters.set(locale, specFormat(spec));
}
function nf(locale: string) {
  let f = formatters.get(locale);
  if (!f) {
    const intl = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    formatters.set(locale, (f = (n) => intl.format(n)));
  }
  return f;
}

export function formatNumber(n: number, locale = 'en'): string {
  return nf(locale)(Math.round(n) || 0);
}

/** The figure `progress` of the way from `from` to its final value (0 = start, 1 = final; clamped). */
export function valueAt(target: number, progress: number, from = 0): number {
  // d3-interpolate's interpolateNumber, written out: importing it brings all of d3-color (6 KB gzip) along.
  const t = Math.max(0, Math.min(1, progress));
  return from * (1 - t) + target * t;
}

/**
 * The counter's figure as text at a given progress through its animation (1 = final). Both ends of a range
 * count up together, so "0–0" becomes "20,000–30,000".
 */
export function formatCounter(c: Pick<Counter, 'value' | 'min'>, locale = 'en', progress = 1, from = 0): string {
  const hi = formatNumber(valueAt(c.value, progress, from), locale);
  return c.min === undefined ? hi : `${formatNumber(valueAt(c.min, progress, from), locale)}–${hi}`;
}
