// The reader's language as one object, handed down by Svelte context like the rest of the page's shared state:
// the locale's code, how it writes numbers (worked out at build), and its dates (formatted at build). The
// interface strings of the coming editions travel the same way.
import { getContext, setContext } from 'svelte';
import { intlFormat, specFormat, type NumberFormat, type NumberSpec } from './numbers.ts';

/** A date's labels, formatted ahead of time (at build), by date as written in the story ("2020-10-01"). */
export type DateLabels = Record<string, { short: string; long: string }>;

export interface Locale {
  /** The story's language code, e.g. "en". */
  code: string;
  /** A whole number as the locale writes it ("20,000"). */
  number: NumberFormat;
  /** The story's step dates in the locale's words: "1 Oct 2020" and "1 October 2020". */
  dates: DateLabels;
}

/** A locale from what the build worked out; without a number spec, Intl writes the numbers. */
export function makeLocale(code: string, numbers?: NumberSpec, dates: DateLabels = {}): Locale {
  return { code, number: numbers ? specFormat(numbers) : intlFormat(code), dates };
}

const KEY = Symbol('locale');
/** Context entry for mount/hydrate/render's `context` map. */
export const localeEntry = (locale: Locale): [symbol, Locale] => [KEY, locale];
export const setLocale = (locale: Locale) => setContext(KEY, locale);
/** The page's locale; English written with Intl where no page gave one (a component on its own, in a test). */
export const getLocale = (): Locale => getContext<Locale | undefined>(KEY) ?? (fallback ??= makeLocale('en'));
let fallback: Locale | undefined;
