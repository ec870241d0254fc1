// Build-time: what makes one edition (locale) of the story match the default one, and the words each edition
// shows that the shared data files hold in English (source dates, notes and reasons; links between editions).
import * as v from 'valibot';
import { DataError, type Correction, type Source, type Story } from '../lib/model/schema.ts';
import { refsIn } from '../lib/model/text.ts';
import type { LocaleLink } from '../lib/model/bundle.ts';

export const LocalesSchema = v.object({
  default: v.pipe(v.string(), v.regex(/^[a-z]{2}$/)),
  locales: v.pipe(
    v.array(v.object({ code: v.pipe(v.string(), v.regex(/^[a-z]{2}$/)), name: v.pipe(v.string(), v.minLength(1)), og: v.pipe(v.string(), v.regex(/^[a-z]{2}_[A-Z]{2}$/)) })),
    v.minLength(1),
  ),
});
export type Locales = v.InferOutput<typeof LocalesSchema>;

/** A source's words in another edition: its note, why it has no date, a title we wrote (descriptive), a described publisher. */
export const SourceTextSchema = v.record(
  v.string(),
  v.object({
    note: v.optional(v.pipe(v.string(), v.minLength(1))),
    undated: v.optional(v.pipe(v.string(), v.minLength(1))),
    title: v.optional(v.pipe(v.string(), v.minLength(1))),
    /** Only where the publisher is described in words ("Joint statement of …") rather than named. */
    publisher: v.optional(v.pipe(v.string(), v.minLength(1))),
  }),
);
export type SourceText = v.InferOutput<typeof SourceTextSchema>;

/**
 * The links from one edition's pages to every edition: the default at the site's root, each other in <code>/.
 * Relative to the edition's own folder, so the site works from any folder.
 */
export function localeLinks(locales: Locales, current: string): LocaleLink[] {
  const home = current === locales.default ? '' : '../';
  return locales.locales.map((l) => ({
    code: l.code,
    name: l.name,
    og: l.og,
    current: l.code === current,
    isDefault: l.code === locales.default,
    href: l.code === current ? './' : l.code === locales.default ? home || './' : `${home}${l.code}/`,
  }));
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const refsOf = (paras: string[]) => paras.flatMap((p) => refsIn(p));

/**
 * One edition against the default: the same sections, steps, ids, map states, dates, figures and source
 * references, in the same order. Each problem names the locale, the step and the field.
 */
export function checkParity(story: Story, reference: Story, file: string): void {
  const loc = `locale "${story.locale}"`;
  const problems: string[] = [];
  const secs = story.sections;
  const refSecs = reference.sections;
  if (!same(secs.map((s) => s.id), refSecs.map((s) => s.id)))
    problems.push(`${loc}: sections [${secs.map((s) => s.id).join(', ')}] differ from the default edition's [${refSecs.map((s) => s.id).join(', ')}]`);
  for (const ref of refSecs) {
    const sec = secs.find((s) => s.id === ref.id);
    if (!sec) continue;
    if (!!sec.checkedStamp !== !!ref.checkedStamp) problems.push(`${loc}, section "${ref.id}", field checkedStamp: differs from the default edition`);
    const ids = sec.steps.map((s) => s.id);
    const refIds = ref.steps.map((s) => s.id);
    for (const id of refIds) if (!ids.includes(id)) problems.push(`${loc}, section "${ref.id}", step "${id}": missing`);
    for (const id of ids) if (!refIds.includes(id)) problems.push(`${loc}, section "${ref.id}", step "${id}": not in the default edition`);
    if (ids.length === refIds.length && ids.every((id) => refIds.includes(id)) && !same(ids, refIds))
      problems.push(`${loc}, section "${ref.id}": steps in another order (${ids.join(', ')})`);
    for (const r of ref.steps) {
      const s = sec.steps.find((x) => x.id === r.id);
      if (!s) continue;
      const at = `${loc}, step "${r.id}"`;
      if (s.map !== r.map) problems.push(`${at}, field map: "${s.map}", the default edition has "${r.map}"`);
      if (s.date !== r.date) problems.push(`${at}, field date: "${s.date}", the default edition has "${r.date}"`);
      if (!!s.asOf !== !!r.asOf) problems.push(`${at}, field asOf: present in one edition only`);
      if (!!s.notes !== !!r.notes) problems.push(`${at}, field notes: present in one edition only`);
      if (!same(refsOf(s.text), refsOf(r.text)))
        problems.push(`${at}, field text: source references [${refsOf(s.text).join(', ')}] differ from the default edition's [${refsOf(r.text).join(', ')}]`);
      const figures = (x: typeof s) => (x.counters ?? []).map((c) => [c.value, c.min, c.source, c.minSource, c.confirmed]);
      if (!same(figures(s), figures(r))) problems.push(`${at}, field counters: values, sources or confirmation differ from the default edition`);
    }
  }
  if (!!story.about !== !!reference.about) problems.push(`${loc}, field about: present in one edition only`);
  else if (story.about && reference.about) {
    if (story.about.glossary.length !== reference.about.glossary.length) problems.push(`${loc}, field about.glossary: ${story.about.glossary.length} entries, the default edition has ${reference.about.glossary.length}`);
    const aboutRefs = (a: NonNullable<Story['about']>) => [...refsOf(a.method), ...refsOf(a.naming), ...refsOf(a.glossary.map((g) => g.definition))].sort();
    if (!same(aboutRefs(story.about), aboutRefs(reference.about))) problems.push(`${loc}, field about: source references differ from the default edition's`);
  }
  if (problems.length) throw new DataError(file, problems);
}

/** Another edition's corrections log: one entry for each of the default's, same date and same places touched. */
export function checkCorrectionsParity(locale: string, list: Correction[], reference: Correction[], file: string): void {
  const problems: string[] = [];
  if (list.length !== reference.length) problems.push(`locale "${locale}": ${list.length} corrections, the default edition has ${reference.length}`);
  reference.forEach((r, i) => {
    const c = list[i];
    if (c && (c.date !== r.date || !same(c.steps, r.steps) || !same(c.sources, r.sources) || !same(c.mapStates, r.mapStates)))
      problems.push(`locale "${locale}", corrections[${i}]: date or steps, sources, map states differ from the default edition's entry`);
  });
  if (problems.length) throw new DataError(file, problems);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DATE_RE = new RegExp(`(?:(\\d{1,2}) )?(${MONTHS.join('|')})(?: (\\d{4}))?`, 'g');

/**
 * A source's date as the sources file writes it ("1 October 2020", "October 2023", "21 August and 28 November
 * 2025", "1994") in another locale's words ("1 octobre 2020", "1 октября 2020 г.").
 */
export function localiseDateText(text: string, locale: string): string {
  if (locale === 'en') return text;
  // "… and …" between two dates: the locale's own conjunction (Intl), not an English word.
  const both = text.match(new RegExp(`^(.+) and (.+)$`));
  if (both) return new Intl.ListFormat(locale, { type: 'conjunction' }).format([localiseDateText(both[1], locale), localiseDateText(both[2], locale)]);
  return text.replace(DATE_RE, (whole, day: string | undefined, month: string, year: string | undefined) => {
    const d = new Date(Date.UTC(Number(year ?? 2000), MONTHS.indexOf(month), Number(day ?? 1)));
    const opts: Intl.DateTimeFormatOptions = { month: 'long', timeZone: 'UTC' };
    if (day) opts.day = 'numeric';
    if (year) opts.year = 'numeric';
    // A day and month without a year ("21 August and …"): the month in the form that follows a day.
    return new Intl.DateTimeFormat(locale, opts).format(d);
  });
}

/** The sources in one edition: dates in its words, notes and reasons from data/sources.<xx>.json. */
export function localiseSources(sources: Source[], locale: string, text: SourceText | null, file: string): Source[] {
  if (!text) return sources;
  const problems: string[] = [];
  const ids = new Set(sources.map((s) => s.id));
  for (const id of Object.keys(text)) if (!ids.has(id)) problems.push(`source "${id}": not in sources.json`);
  const out = sources.map((s) => {
    const t = text[s.id] ?? {};
    const need = (field: 'note' | 'undated' | 'title', present: unknown) => {
      if (present && !t[field]) problems.push(`source "${s.id}", field ${field}: no words for it in locale "${locale}"`);
    };
    need('note', s.note);
    need('undated', s.undated);
    need('title', s.descriptive);
    return {
      ...s,
      date: s.date ? localiseDateText(s.date, locale) : s.date,
      note: s.note ? t.note : s.note,
      undated: s.undated ? t.undated : s.undated,
      title: s.descriptive ? t.title! : s.title,
      publisher: t.publisher ?? s.publisher,
    };
  });
  if (problems.length) throw new DataError(file, problems);
  return out;
}

/**
 * One edition's terminology sheet (data/terminology.<xx>.json): for each contested notion, the neutral term the
 * edition uses, each side's own term, and why; and the loaded words that may appear only inside quotation marks.
 */
export const TerminologySchema = v.object({
  locale: v.pipe(v.string(), v.regex(/^[a-z]{2}$/)),
  intro: v.pipe(v.string(), v.minLength(1)),
  terms: v.pipe(
    v.array(v.object({ id: v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/)), use: v.pipe(v.string(), v.minLength(1)), armenia: v.pipe(v.string(), v.minLength(1)), azerbaijan: v.pipe(v.string(), v.minLength(1)), why: v.pipe(v.string(), v.minLength(1)) })),
    v.minLength(1),
  ),
  /** Regular expressions (case-insensitive) for words that take a side. */
  loaded: v.array(v.pipe(v.string(), v.minLength(1))),
});
export type Terminology = v.InferOutput<typeof TerminologySchema>;

/** Another edition's sheet covers the same notions as the default's. */
export function checkTerminology(sheet: Terminology, reference: Terminology | null, locale: string, file: string): void {
  const problems: string[] = [];
  if (sheet.locale !== locale) problems.push(`field locale: "${sheet.locale}", the story's is "${locale}"`);
  for (const re of sheet.loaded) {
    try {
      new RegExp(re, 'iu');
    } catch {
      problems.push(`field loaded: "${re}" is not a regular expression`);
    }
  }
  if (reference) {
    const ids = sheet.terms.map((t) => t.id);
    for (const t of reference.terms) if (!ids.includes(t.id)) problems.push(`locale "${locale}", term "${t.id}": missing`);
    for (const id of ids) if (!reference.terms.some((t) => t.id === id)) problems.push(`locale "${locale}", term "${id}": not in the default edition's sheet`);
  }
  if (problems.length) throw new DataError(file, problems);
}

/** Another edition's words for the side-tag rule (data/sides.<xx>.json); the outlets and their tags stay in data/sides.json. */
export const SideRuleSchema = v.object({ rule: v.pipe(v.array(v.pipe(v.string(), v.minLength(1))), v.minLength(1)) });
