// Content rules for the shipped story (issue #5), checked over data/story.en.json: every number sourced,
// contested names paired at first mention, the 2020 fighting stamped "as of 1 October 2020", length and
// readability bounds, references in the About block that resolve, loaded words only in attributed quotes, and no
// figure the fact sheet marks unverified.
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { loadStoryFiles } from '../../scripts/vite-plugin-story.ts';
import { validateBundle } from '../../src/build/validate.ts';
import { plainText, refsIn } from '../../src/lib/model/text.ts';
import type { Step, Story } from '../../src/lib/model/schema.ts';
import { fleschKincaidGrade, storyPlainText, words } from '../../src/build/readability.ts';

const root = resolve(import.meta.dirname, '../..');
const raw = loadStoryFiles(resolve(root, 'data'));
// Throws (failing the file) on a shape error or a reference to a missing source or map state.
const { story, sources } = validateBundle(raw);
const steps = story.sections.flatMap((s) => s.steps.map((step) => ({ section: s.id, step })));

/** Every reader-visible paragraph, in reading order, with where it is: step text, then the About block. */
function paragraphs(s: Story): { where: string; text: string }[] {
  const out: { where: string; text: string }[] = [];
  for (const section of s.sections)
    for (const step of section.steps) step.text.forEach((text, i) => out.push({ where: `step "${step.id}" text[${i}]`, text }));
  s.about?.method.forEach((text, i) => out.push({ where: `about.method[${i}]`, text }));
  s.about?.naming.forEach((text, i) => out.push({ where: `about.naming[${i}]`, text }));
  s.about?.glossary.forEach((g, i) => out.push({ where: `about.glossary[${i}] (${g.term})`, text: g.definition }));
  return out;
}

/** The words a reader sees on a step's card: its stamp, text and counters (teacher notes are hidden). */
export function visibleWords(step: Step): number {
  const counterText = (step.counters ?? []).map((c) => [c.prefix, String(c.value), c.suffix, c.label, c.by].filter(Boolean).join(' '));
  const stamp = step.asOf ? `As of ${step.asOf}` : '';
  return words([stamp, ...step.text, ...counterText].join(' ')).length;
}

export const CONTESTED_PAIRS: [string, string][] = [
  ['Stepanakert', 'Khankendi'],
  ['Shusha', 'Shushi'],
  ['Lachin', 'Berdzor'],
  ['Kalbajar', 'Karvachar'],
  ['Aghdam', 'Akna'],
  ['Martakert', 'Aghdara'],
  ['Martuni', 'Khojavend'],
];

/**
 * The first mention of either name of a pair in the step text (reading order), and whether the other name
 * appears within `window` characters of it. Null when neither name appears.
 */
export function firstMention(texts: string[], [a, b]: [string, string], window = 80) {
  const re = new RegExp(`\\b(${a}|${b})\\b`);
  for (const [i, t] of texts.entries()) {
    const plain = plainText(t);
    const m = re.exec(plain);
    if (!m) continue;
    const other = m[1] === a ? b : a;
    const near = plain.slice(Math.max(0, m.index - window), m.index + m[0].length + window);
    return { paragraph: i, name: m[1], paired: new RegExp(`\\b${other}\\b`).test(near), text: plain };
  }
  return null;
}

/** Words that take a side: allowed only inside quotation marks (a quote attributed in the same sentence). */
export const LOADED = [/\boccup(?:y|ied|ying|ation)\b/i, /\bliberat\w*/i, /\bethnic cleansing\b/i, /\banti-terrorist\b/i, /\bgenocide\b/i, /\bmassacre\b/i, /\bvoluntary departure\b/i];

/** Figures the fact sheet marks unverified (FACTS.md §11): must not appear as facts. */
export const UNVERIFIED = ['2,908', '3,825', '189,085', '145,450', '40,688', 'long war', 'Kashunik', 'Kovsakan', 'Jrakan', 'Varanda', '29 December 1991', '23 August 1990'];

/** The text with every “…” or "…" quotation removed. */
function outsideQuotes(text: string): string {
  return text.replace(/“[^”]*”/g, '').replace(/"[^"]*"/g, '');
}

describe('story content: sources', () => {
  it('every paragraph with a figure or date cites a source', () => {
    const unsourced = paragraphs(story)
      .filter((p) => /\d/.test(plainText(p.text)) && refsIn(p.text).length === 0)
      .map((p) => `${p.where}: ${p.text}`);
    expect(unsourced).toEqual([]);
  });

  // validateBundle (above) already refuses a counter or a step's text citing an unknown source; not the About block.
  it('every reference in the About block resolves', () => {
    const ids = new Set(sources.map((s) => s.id));
    const about = paragraphs(story).filter((p) => p.where.startsWith('about.'));
    expect(about.length).toBeGreaterThan(0);
    const unknown = about.flatMap((p) => refsIn(p.text).filter((r) => !ids.has(r)).map((r) => `${p.where}: ${r}`));
    expect(unknown).toEqual([]);
  });

  it('every listed source is cited at least once', () => {
    const cited = new Set([
      ...paragraphs(story).flatMap((p) => refsIn(p.text)),
      ...steps.flatMap(({ step }) => (step.counters ?? []).flatMap((c) => [c.source, ...(c.minSource ? [c.minSource] : [])])),
    ]);
    expect(sources.map((s) => s.id).filter((id) => !cited.has(id))).toEqual([]);
  });

  // The schema requires a URL and a publisher; a reader can open only a web address.
  it('every source links to a web page; one-sided sources are tagged', () => {
    for (const s of sources) expect(s.url, s.id).toMatch(/^https?:\/\/[^/]+\//);
    // The official statements of each side must carry their tag.
    expect(sources.find((s) => s.id === 'az-mfa-khojaly')?.side).toBe('az');
    expect(sources.find((s) => s.id === 'armgov-2020-11-10')?.side).toBeUndefined();
  });
});

describe('story content: neutrality', () => {
  const texts = steps.flatMap(({ step }) => step.text);

  it.each(CONTESTED_PAIRS)('%s / %s: both names at the first mention', (a, b) => {
    const m = firstMention(texts, [a, b]);
    if (m === null) return; // the name is not used at all
    expect(m.paired, `first mention of ${m.name} has no ${m.name === a ? b : a} nearby: ${m.text}`).toBe(true);
  });

  it('loaded words appear only inside quotation marks', () => {
    const found = paragraphs(story).flatMap((p) =>
      LOADED.filter((re) => re.test(outsideQuotes(plainText(p.text)))).map((re) => `${p.where}: ${re}`),
    );
    const notes = steps.flatMap(({ step }) => (step.notes && LOADED.some((re) => re.test(outsideQuotes(step.notes!))) ? [`${step.id} notes`] : []));
    expect([...found, ...notes]).toEqual([]);
  });

  it('states nothing the fact sheet marks unverified', () => {
    const everything = JSON.stringify(story);
    expect(UNVERIFIED.filter((s) => everything.toLowerCase().includes(s.toLowerCase()))).toEqual([]);
  });

  it('flags the unconfirmed details of the 1 October 2020 report as unconfirmed', () => {
    const stepText = (id: string) => steps.find((s) => s.step.id === id)!.step.text.map(plainText).join(' ');
    // Drones over Stepanakert: AFP's claim, not confirmed.
    const drones = steps.filter(({ step }) => /drones/i.test(step.text.join(" ")) && /Stepanakert/.test(step.text.join(" ")));
    for (const { step } of drones) expect(stepText(step.id)).toMatch(/AFP reported[\s\S]*not been confirmed/);
    expect(drones.length).toBeGreaterThan(0);
  });
});

describe('story content: the 2020 fighting and diplomacy', () => {
  it('every step of the fighting section is stamped "as of 1 October 2020"', () => {
    const fighting = steps.filter((s) => s.section === 'fighting-2020');
    expect(fighting.length).toBeGreaterThanOrEqual(4);
    expect(fighting.filter(({ step }) => step.asOf !== '1 October 2020').map(({ step }) => step.id)).toEqual([]);
  });

  it('every 2020 diplomacy step is stamped "as of 1 October 2020"', () => {
    const dip = steps.filter((s) => s.section === 'diplomacy' && s.step.date?.startsWith('2020'));
    expect(dip.filter(({ step }) => step.asOf !== '1 October 2020').map(({ step }) => step.id)).toEqual([]);
  });

  it('the day-five counters carry the reported figures and who reported them', () => {
    const counters = steps.flatMap(({ step }) => step.counters ?? []);
    const find = (value: number) => counters.find((c) => c.value === value);
    expect(find(127)?.label).toMatch(/partial/);
    expect(find(104)?.by).toMatch(/Armenian side/);
    expect(find(8)?.by).toMatch(/Armenian side/);
    expect(find(15)?.by).toMatch(/Baku/);
    expect(find(30000)?.min).toBe(20000);
    expect(find(1000000)?.prefix).toBe('more than');
    expect(find(100417)?.by).toMatch(/Armenia's government/);
    expect(find(115183)?.by).toMatch(/UNHCR/);
  });
});

describe('story content: shape, length and readability', () => {
  it('keeps the published section ids, in order', () => {
    expect(story.sections.map((s) => s.id)).toEqual(['intro', 'background', 'war-1990s', 'frozen', 'fighting-2020', 'diplomacy', 'aftermath']);
  });

  it('has the planned number of steps per section', () => {
    const count = (id: string) => story.sections.find((s) => s.id === id)!.steps.length;
    const bounds: Record<string, [number, number]> = {
      intro: [1, 2],
      background: [4, 6],
      'war-1990s': [4, 6],
      frozen: [2, 3],
      'fighting-2020': [4, 6],
      diplomacy: [3, 4],
      aftermath: [5, 11],
    };
    for (const [id, [lo, hi]] of Object.entries(bounds)) {
      expect(count(id), id).toBeGreaterThanOrEqual(lo);
      expect(count(id), id).toBeLessThanOrEqual(hi);
    }
  });

  // validateBundle (above) already refuses a step whose map state does not exist.
  it('every step has a date', () => {
    expect(steps.filter(({ step }) => !step.date).map(({ step }) => step.id)).toEqual([]);
  });

  it('every aftermath step is dated to the day or month', () => {
    const aftermath = steps.filter((s) => s.section === 'aftermath');
    expect(aftermath.filter(({ step }) => !/^\d{4}-\d{2}/.test(step.date ?? '')).map(({ step }) => step.id)).toEqual([]);
  });

  it('every section has teacher notes on at least one step', () => {
    expect(story.sections.filter((s) => !s.steps.some((st) => st.notes)).map((s) => s.id)).toEqual([]);
  });

  it('each step fits a phone card: at most 90 visible words', () => {
    const long = steps.map(({ step }) => [step.id, visibleWords(step)] as const).filter(([, n]) => n > 90);
    expect(long).toEqual([]);
  });

  it('the whole story is a 10–15 minute read: 2,000–3,500 words', () => {
    const total = steps.reduce((n, { step }) => n + visibleWords(step), 0);
    expect(total).toBeGreaterThanOrEqual(2000);
    expect(total).toBeLessThanOrEqual(3500);
  });

  it('reads at Flesch–Kincaid grade 10 or below', () => {
    expect(fleschKincaidGrade(storyPlainText(story))).toBeLessThanOrEqual(10);
  });

  it('says when its facts were last checked, and has an About block with a glossary', () => {
    expect(story.checked).toBe('24 February 2026');
    const terms = story.about!.glossary.map((g) => g.term);
    for (const t of ['NKAO', 'Artsakh', 'Line of contact', 'Minsk Group', 'Lachin corridor', 'Bishkek Protocol', 'TRIPP'])
      expect(terms).toContain(t);
    expect(story.about!.naming.join(' ')).toMatch(/both/);
  });
});
