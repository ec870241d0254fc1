// How the story's locale writes whole numbers, without Intl in the page: the spec is worked out with Intl at build
// (numberSpec, in the story plugin) and turned into a formatter here. A browser's first Intl.NumberFormat costs
// some 40 ms, and four times that on a phone, in the middle of the first paint or of a count.

/**
 * How a locale writes whole numbers: its digits, its grouping separator and group sizes ("12,345,678" in en,
 * "1,23,45,678" in en-IN, "12.345.678" in de).
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

/** A whole number as text (rounded; -0 and NaN read 0). */
export type NumberFormat = (n: number) => string;

/** Build time: the spec of `locale`'s whole numbers, read from Intl. */
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

/** Writes numbers by a spec made at build time, without Intl. */
export function specFormat(spec: NumberSpec): NumberFormat {
  const digits = [...spec.digits];
  return (n) => {
    n = Math.round(n) || 0;
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

/** Writes numbers with Intl (where no spec was made: tests, a locale added without a build). */
export function intlFormat(locale: string): NumberFormat {
  const intl = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  return (n) => intl.format(Math.round(n) || 0);
}
