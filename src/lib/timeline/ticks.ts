// The timeline's ticks come from the steps' `date` fields (YYYY, YYYY-MM or YYYY-MM-DD), never a hard-coded
// list: one tick per distinct date, in time order, each knowing which steps sit on it.
import type { DateLabels } from '../locale/locale.ts';
export interface Tick {
  /** The date as written in the story: "1923", "2023-09", "2020-10-01". */
  date: string;
  /** Compact label for the strip, at the date's precision: "1923", "Sep 2023", "1 Oct 2020". */
  label: string;
  /** Full label for the current date and for assistive tech: "1 October 2020". */
  long: string;
  year: string;
  /** Ids of the steps on this tick, in story order. */
  steps: string[];
}

export interface Timeline {
  ticks: Tick[];
  /** For each step (by story index), the tick it sits on, or -1 before the first dated step. */
  tickOfStep: number[];
}

// Story locales are written with day-month-year dates ("1 October 2020"): English uses the British order.
const dateLocale = (locale: string) => (locale === 'en' ? 'en-GB' : locale);

// Building an Intl.DateTimeFormat costs far more than using one: one per locale, style and precision.
const formatters = new Map<string, Intl.DateTimeFormat>();

/** Formats a YYYY, YYYY-MM or YYYY-MM-DD date at its own precision. */
export function formatDate(date: string, locale = 'en', style: 'short' | 'long' = 'short'): string {
  const [y, m, d] = date.split('-').map(Number);
  if (m === undefined) return String(y);
  const key = `${locale} ${style} ${d === undefined}`;
  let f = formatters.get(key);
  if (!f) {
    const month = style === 'short' ? 'short' : 'long';
    const opts: Intl.DateTimeFormatOptions = d === undefined ? { year: 'numeric', month } : { year: 'numeric', month, day: 'numeric' };
    formatters.set(key, (f = new Intl.DateTimeFormat(dateLocale(locale), { ...opts, timeZone: 'UTC' })));
  }
  return f.format(Date.UTC(y, m - 1, d ?? 1));
}


/** The labels of every distinct date of these steps. */
export function dateLabels(steps: { date?: string }[], locale = 'en'): DateLabels {
  const out: DateLabels = {};
  for (const { date } of steps) if (date) out[date] ??= { short: formatDate(date, locale, 'short'), long: formatDate(date, locale, 'long') };
  return out;
}

/**
 * Ticks for the given steps (in story order). A step without a date sits on the tick of the nearest dated
 * step before it (it continues that moment); steps before the first dated one sit on no tick.
 */
export function deriveTimeline(steps: { id: string; date?: string }[], locale = 'en', labels: DateLabels = {}): Timeline {
  const dates = [...new Set(steps.flatMap((s) => (s.date ? [s.date] : [])))];
  // Dates of mixed precision sort as strings ("2020" < "2020-10" < "2020-10-01"), which is time order.
  dates.sort();
  const ticks: Tick[] = dates.map((date) => ({
    date,
    label: labels[date]?.short ?? formatDate(date, locale, 'short'),
    long: labels[date]?.long ?? formatDate(date, locale, 'long'),
    year: date.slice(0, 4),
    steps: [],
  }));
  const at = new Map(dates.map((d, i) => [d, i]));
  let last = -1;
  const tickOfStep = steps.map((s) => {
    if (s.date) last = at.get(s.date)!;
    if (last >= 0) ticks[last].steps.push(s.id);
    return last;
  });
  return { ticks, tickOfStep };
}

/**
 * Which ticks show their year under the dot on a strip `width` px wide (ticks evenly spaced): the current
 * tick always, then the first tick of each year from the left, skipping any closer than `minGap` px to one
 * already shown, so labels never overlap however many dates the story has.
 */
export function visibleYears(ticks: Pick<Tick, 'year'>[], current: number, width: number, minGap = 34): boolean[] {
  const slot = ticks.length ? width / ticks.length : 0;
  const far = (i: number, j: number) => Math.abs(i - j) * slot >= minGap;
  let last = -1;
  return ticks.map((t, i) => {
    const show =
      i === current ||
      ((i === 0 || t.year !== ticks[i - 1].year) && (last < 0 || far(i, last)) && (current < 0 || far(i, current)));
    if (show) last = i;
    return show;
  });
}
