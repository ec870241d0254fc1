// The editions (data/locales.json): each locale's data is held to the default edition by the build (same steps,
// map states, dates, figures and sources, in order), its text is in its own language, and it reads plainly.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadStoryFiles, readLocales } from '../../scripts/vite-plugin-story.ts';
import { validateBundle } from '../../src/build/validate.ts';
import { checkParity, localeLinks, localiseDateText } from '../../src/build/locales.ts';
import { readingEase, words } from '../../src/build/readability.ts';
import { plainText } from '../../src/lib/model/text.ts';
import type { Story } from '../../src/lib/model/schema.ts';
import { languageProblem, outsideQuotes } from '../fixtures/language.ts';

const dataDir = resolve(import.meta.dirname, '../../data');
const { default: def, locales } = readLocales(dataDir);
const others = locales.map((l) => l.code).filter((c) => c !== def);
const english = JSON.parse(readFileSync(resolve(dataDir, `story.${def}.json`), 'utf8')) as Story;
const clone = (): Story => structuredClone({ ...english, locale: 'xx' });

describe('an edition is held to the default one', () => {
  it('accepts an identical structure', () => {
    expect(() => checkParity(clone(), english, 'story.xx.json')).not.toThrow();
  });
  it('names the locale, section and step of a missing step', () => {
    const s = clone();
    const sec = s.sections[2];
    const gone = sec.steps.splice(1, 1)[0];
    expect(() => checkParity(s, english, 'story.xx.json')).toThrow(new RegExp(`locale "xx", section "${sec.id}", step "${gone.id}": missing`));
  });
  it('refuses an added step and a reordered section', () => {
    const s = clone();
    s.sections[1].steps.push({ ...s.sections[1].steps[0], id: 'invented' });
    expect(() => checkParity(s, english, 'f')).toThrow(/step "invented": not in the default edition/);
    const r = clone();
    r.sections[1].steps.reverse();
    expect(() => checkParity(r, english, 'f')).toThrow(/steps in another order/);
  });
  it('names the field: map state, date, figure, source references', () => {
    const s = clone();
    const step = s.sections[0].steps[0];
    step.map = 'front-2020';
    expect(() => checkParity(s, english, 'f')).toThrow(new RegExp(`step "${step.id}", field map`));
    const d = clone();
    d.sections[0].steps[0].date = '1999';
    expect(() => checkParity(d, english, 'f')).toThrow(/field date/);
    const c = clone();
    const withCounter = c.sections.flatMap((x) => x.steps).find((x) => x.counters?.length)!;
    withCounter.counters![0].value += 1;
    expect(() => checkParity(c, english, 'f')).toThrow(new RegExp(`step "${withCounter.id}", field counters`));
    const r = clone();
    const withRef = r.sections.flatMap((x) => x.steps).find((x) => /\[\^/.test(x.text[0]))!;
    withRef.text[0] = withRef.text[0].replace(/\[\^[^\]]+\]/, '');
    expect(() => checkParity(r, english, 'f')).toThrow(new RegExp(`step "${withRef.id}", field text: source references`));
  });
});

describe('links between editions', () => {
  const conf = { default: 'en', locales: [{ code: 'en', name: 'English', og: 'en_GB' }, { code: 'fr', name: 'Français', og: 'fr_FR' }, { code: 'ru', name: 'Русский', og: 'ru_RU' }] };
  it('from the default edition at the root and from another in its folder', () => {
    expect(localeLinks(conf, 'en').map((l) => l.href)).toEqual(['./', 'fr/', 'ru/']);
    expect(localeLinks(conf, 'fr').map((l) => l.href)).toEqual(['../', './', '../ru/']);
    expect(localeLinks(conf, 'ru').filter((l) => l.current).map((l) => l.code)).toEqual(['ru']);
  });
  it('writes source dates in each language', () => {
    expect(localiseDateText('1 October 2020', 'fr')).toBe('1 octobre 2020');
    expect(localiseDateText('October 2023', 'fr')).toBe('octobre 2023');
    expect(localiseDateText('1 October 2020', 'ru')).toMatch(/^1 октября 2020/);
    expect(localiseDateText('21 August and 28 November 2025', 'fr')).toBe('21 août et 28 novembre 2025');
    expect(localiseDateText('1994', 'ru')).toBe('1994');
  });
});

describe('language check', () => {
  it('tells English from French and Russian', () => {
    expect(languageProblem('The war lasted 44 days and the truces broke down at once.', 'fr')).not.toBeNull();
    expect(languageProblem('La guerre a duré 44 jours et les trêves ont cédé aussitôt.', 'fr')).toBeNull();
    expect(languageProblem('The war lasted 44 days and the truces broke down at once.', 'ru')).not.toBeNull();
    expect(languageProblem('Война длилась 44 дня, и перемирия сразу же срывались.', 'ru')).toBeNull();
  });
});

describe.each(others)('edition "%s"', (locale) => {
  const bundle = validateBundle(loadStoryFiles(dataDir, locale));
  const story = bundle.story;
  const steps = story.sections.flatMap((s) => s.steps);

  it('builds: its data validates against the default edition', () => {
    expect(story.locale).toBe(locale);
    expect(steps.map((s) => s.id)).toEqual(english.sections.flatMap((s) => s.steps).map((s) => s.id));
  });

  it('every step, title, note and glossary entry is in its own language', () => {
    const texts: [string, string][] = [
      ['title', story.title],
      ['dek', story.dek],
      ...story.sections.map((s) => [`section ${s.id}`, s.title] as [string, string]),
      ...steps.map((s) => [`step ${s.id}`, s.text.join(' ')] as [string, string]),
      ...steps.filter((s) => s.notes).map((s) => [`notes ${s.id}`, s.notes!] as [string, string]),
      ...(story.about ? [['about', [...story.about.method, ...story.about.naming].join(' ')] as [string, string]] : []),
      ...(story.about?.glossary ?? []).map((g) => [`glossary ${g.term}`, g.definition] as [string, string]),
      ...bundle.corrections.map((c, i) => [`correction ${i}`, `${c.what} ${c.why}`] as [string, string]),
    ];
    const bad = texts.map(([where, t]) => [where, languageProblem(t, locale)]).filter(([, p]) => p);
    expect(bad).toEqual([]);
  });

  it('each step fits a phone card: at most 90 visible words (110 in French, which runs about a fifth longer)', () => {
    const limit = locale === 'fr' ? 110 : 90;
    const visible = (st: (typeof steps)[number]) =>
      words([st.asOf ?? '', ...st.text, ...(st.counters ?? []).map((c) => [c.prefix, String(c.value), c.suffix, c.label, c.by].filter(Boolean).join(' '))].join(' ')).length;
    expect(steps.map((st) => [st.id, visible(st)] as const).filter(([, n]) => n > limit)).toEqual([]);
  });

  it('no paragraph is copied from the English edition', () => {
    const en = new Set(english.sections.flatMap((s) => s.steps).flatMap((s) => s.text));
    expect(steps.flatMap((s) => s.text).filter((p) => en.has(p))).toEqual([]);
  });

  it('reads plainly: reading ease of the whole story at least 45 on its language\'s scale', () => {
    const text = steps.flatMap((s) => s.text.map(plainText)).join('\n\n');
    const ease = readingEase(text, locale);
    console.log(`reading ease (${locale}): ${ease.toFixed(1)}`);
    expect(ease).toBeGreaterThanOrEqual(45);
  });
});

describe.each(locales.map((l) => l.code))('terminology sheet (%s)', (locale) => {
  const bundle = validateBundle(loadStoryFiles(dataDir, locale));
  const sheet = bundle.terminology!;

  it('exists, with the same notions in every edition', () => {
    expect(sheet.terms.length).toBeGreaterThanOrEqual(8);
    const en = validateBundle(loadStoryFiles(dataDir, def)).terminology!;
    expect(sheet.terms.map((t) => t.id)).toEqual(en.terms.map((t) => t.id));
  });

  it('its loaded words appear in the story only inside quotation marks', () => {
    const story = bundle.story;
    const texts: [string, string][] = [
      ...story.sections.flatMap((s) => s.steps.flatMap((st) => [...st.text.map((p) => [st.id, p] as [string, string]), ...(st.notes ? [[`${st.id} notes`, st.notes] as [string, string]] : [])])),
      ...(story.about ? [...story.about.method, ...story.about.naming].map((p) => ['about', p] as [string, string]) : []),
    ];
    const res = sheet.loaded.map((r) => new RegExp(r, 'iu'));
    const found = texts.flatMap(([where, t]) => res.filter((re) => re.test(outsideQuotes(t))).map((re) => `${where}: ${re}`));
    expect(found).toEqual([]);
  });
});
