// The standards rules over the shipped data, read from the raw files (so each check stands on its own, whatever
// the build's validation does first): every source checkable (a deep link, a date or a stated reason), side tags
// by one written rule, unconfirmed figures marked, the same words for the same act on both sides, no label text
// written in the code, and a corrections log whose every entry points at something that exists.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { resolve, join } from 'node:path';
import { plainText, refsIn } from '../../src/lib/model/text.ts';

const root = resolve(import.meta.dirname, '../..');
const read = (p: string) => JSON.parse(readFileSync(resolve(root, p), 'utf8'));
type RawSource = { id: string; title: string; publisher: string; url: string; date?: string; undated?: string; side?: string; descriptive?: boolean };
type RawCounter = { value: number; source: string; confirmed?: boolean; by?: string };
type RawStep = { id: string; text: string[]; counters?: RawCounter[]; notes?: string };
const sources: RawSource[] = read('data/sources.json');
const sides: { rule: string[]; outlets: Record<string, { side: string | null; why: string }> } = read('data/sides.json');
const story = read('data/story.en.json');
const steps: RawStep[] = story.sections.flatMap((s: { steps: RawStep[] }) => s.steps);
const corrections: { date: string; what: string; why: string; steps?: string[]; sources?: string[]; mapStates?: string[] }[] = read('data/corrections.json');
const mapStates: { id: string }[] = read('data/map-states.json');
const ui = read('data/ui.en.json');

describe('sources a reader can check', () => {
  it('every source links to a page, not to a site’s root', () => {
    const shallow = sources.filter((s) => {
      const u = new URL(s.url);
      return u.pathname.replace(/\/+$/, '') === '' && u.search === '';
    });
    expect(shallow.map((s) => `${s.id}: ${s.url}`)).toEqual([]);
  });

  it('every source has a date, or says why it has none', () => {
    expect(sources.filter((s) => !s.date && !s.undated?.trim()).map((s) => s.id)).toEqual([]);
  });

  it('side tags follow the one rule: every outlet is listed once, and each source carries its outlet’s tag', () => {
    expect(sides.rule.join(' ').length).toBeGreaterThan(100);
    const wrong = sources
      .filter((s) => !(s.publisher in sides.outlets) || (sides.outlets[s.publisher].side ?? undefined) !== s.side)
      .map((s) => `${s.id} (${s.publisher}): ${s.side ?? 'none'} vs rule ${sides.outlets[s.publisher]?.side ?? 'unlisted'}`);
    expect(wrong).toEqual([]);
    // The same outlet always gets the same tag (follows from the above; said again so the rule reads here).
    const byOutlet = new Map<string, Set<string>>();
    for (const s of sources) byOutlet.set(s.publisher, (byOutlet.get(s.publisher) ?? new Set()).add(s.side ?? 'none'));
    expect([...byOutlet].filter(([, t]) => t.size > 1).map(([p]) => p)).toEqual([]);
    // Every outlet in the rule's list is one the sources use: the list is the rule for these sources, not a wish list.
    const used = new Set(sources.map((s) => s.publisher));
    expect(Object.keys(sides.outlets).filter((o) => !used.has(o))).toEqual([]);
  });

  it('a joint text of several parties carries no side tag', () => {
    // The three-party statement of 10 November 2020 speaks for all three signatories.
    const joint = sources.filter((s) => /10 November 2020/.test(s.date ?? '') && /statement|announcement/i.test(s.title));
    expect(joint.length).toBeGreaterThan(0);
    for (const s of joint) expect(s.side, s.id).toBeUndefined();
  });
});

describe('unconfirmed figures', () => {
  it('the day-five toll, which the fact sheet marks unverified, is marked unconfirmed on every counter', () => {
    const toll = steps.find((s) => s.id === 'toll-day-five')!;
    expect(toll.counters!.map((c) => [c.value, c.confirmed])).toEqual([
      [127, false],
      [104, false],
      [8, false],
      [15, false],
    ]);
  });

  it('the words for the mark are data', () => {
    expect(ui.counter.unconfirmed).toBeTruthy();
    expect(ui.counter.unconfirmedLong).toMatch(/confirm/);
  });
});

describe('the same words for the same act', () => {
  // Civilians leaving their homes under fire: one verb family (flee, fled, fleeing, flight), whichever side they
  // are on. "Left", "departed", "exodus" and the like are allowed only inside a quotation, as someone's words.
  const PEOPLE = /\b(Armenians?|Azerbaijanis?|Kurds|residents|civilians|people|refugees|families)\b/;
  const OTHER_VERBS = /\b(left|leave|leaving|departed|departure|exodus|moved out|abandoned)\b/i;
  const outsideQuotes = (t: string) => t.replace(/“[^”]*”/g, '').replace(/"[^"]*"/g, '');

  it('civilians who lose their homes “flee”, on both sides', () => {
    const offending: string[] = [];
    for (const step of steps)
      for (const p of step.text)
        for (const sentence of outsideQuotes(plainText(p)).split(/(?<=[.!?;])\s+/))
          if (PEOPLE.test(sentence) && OTHER_VERBS.test(sentence)) offending.push(`${step.id}: ${sentence}`);
    expect(offending).toEqual([]);
  });

  it('both sides’ displacement is told with “fled”', () => {
    const all = steps.flatMap((s) => s.text.map(plainText)).join(' ');
    expect(all).toMatch(/Azerbaijanis[^.]*\bfled\b/);
    expect(all).toMatch(/Armenians[^.]*\bfled\b/);
  });
});

describe('no story label is written in the code', () => {
  function files(dir: string): string[] {
    return readdirSync(dir).flatMap((f) => {
      const p = join(dir, f);
      return statSync(p).isDirectory() ? files(p) : /\.(ts|svelte|js)$/.test(f) ? [p] : [];
    });
  }
  const code = files(resolve(root, 'src')).map((f) => ({ f, text: readFileSync(f, 'utf8') }));
  const m = ui.map;
  // Country names double as keys of the map data ("Armenia" picks the country's fill), so they are not words here.
  const keys = new Set(Object.keys(m.countries));
  const words: string[] = [...Object.values(m.names), ...Object.values(m.admin), ...Object.values(m.free), ...Object.values(m.legend), ...m.attribution].filter(
    (w): w is string => typeof w === 'string' && w.length > 4 && !keys.has(w),
  );

  it.each(['Former NKAO', 'Khankendi', 'Berdzor', 'Line of contact', '(schematic)', 'Natural Earth'])('"%s" appears in no file under src/', (w) => {
    expect(code.filter((c) => c.text.includes(w)).map((c) => c.f.replace(root, ''))).toEqual([]);
  });

  it('no label, legend entry or attribution line of the map is a string in src/', () => {
    const found = words.flatMap((w) => code.filter((c) => c.text.includes(`'${w}'`) || c.text.includes(`"${w}"`) || c.text.includes(`>${w}<`)).map((c) => `${w} in ${c.f.replace(root, '')}`));
    expect(found).toEqual([]);
  });
});

describe('the corrections log', () => {
  it('has dated entries, each naming steps, sources or map states that exist', () => {
    expect(corrections.length).toBeGreaterThan(0);
    const stepIds = new Set(steps.map((s) => s.id));
    const sourceIds = new Set(sources.map((s) => s.id));
    const stateIds = new Set(mapStates.map((s) => s.id));
    for (const c of corrections) {
      expect(c.date, c.what).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const targets = [...(c.steps ?? []), ...(c.sources ?? []), ...(c.mapStates ?? [])];
      expect(targets.length, c.what).toBeGreaterThan(0);
      for (const s of c.steps ?? []) expect(stepIds.has(s), `correction names unknown step ${s}`).toBe(true);
      for (const s of c.sources ?? []) expect(sourceIds.has(s), `correction names unknown source ${s}`).toBe(true);
      for (const s of c.mapStates ?? []) expect(stateIds.has(s), `correction names unknown map state ${s}`).toBe(true);
      for (const id of refsIn(c.what + c.why)) expect(sourceIds.has(id), `correction cites unknown source ${id}`).toBe(true);
    }
  });
});
