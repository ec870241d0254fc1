// The map's palette, measured (issue 14, item 4): on every map state, any two areas the map tells apart are at
// least ΔE 20 apart (CIEDE2000, culori) in normal vision and under simulated deuteranopia and protanopia, as a
// reader sees them: each fill laid over what lies under it at its opacity, a pattern as the mean of its tile (its
// tint, then its mark over the share of the tile it covers). The areas of a state follow from its layers and
// highlighted areas (data/map-states.json); the colours from style.ts, so a change to either is checked.
// Hatching (held 1994–2020) is an overlay: a held area must stand out from the same ground not held, and from
// Armenia (so the land held reads as no part of Armenia by colour); held areas with different grounds are told
// apart by their outlines as well. Armenia and Azerbaijan are neutral: equally light, equally coloured.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { differenceCiede2000, filterDeficiencyDeuter, filterDeficiencyProt, lch, parse, rgb, type Rgb } from 'culori';
import { C, FILLS, PATTERNS, inkCover, type PatternId } from '../../src/lib/map/style.ts';

const states: { id: string; layers?: string[]; areas?: { style: string }[]; legend?: string[] }[] = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../data/map-states.json'), 'utf8'),
);
const de = differenceCiede2000();
const VISIONS: [string, (c: Rgb) => Rgb][] = [
  ['normal vision', (c) => c],
  ['deuteranopia', filterDeficiencyDeuter(1) as (c: Rgb) => Rgb],
  ['protanopia', filterDeficiencyProt(1) as (c: Rgb) => Rgb],
];

type Part = 'armenia' | 'azerbaijan' | 'nkao' | 'districts' | 'focus' | PatternId;
const over = (top: Rgb, under: Rgb, a: number): Rgb => ({ mode: 'rgb', r: top.r * a + under.r * (1 - a), g: top.g * a + under.g * (1 - a), b: top.b * a + under.b * (1 - a) });
const hex = (h: string) => rgb(parse(h)!)!;

interface Palette {
  C: { armenia: string; azerbaijan: string };
  FILLS: Record<'nkao' | 'districts' | 'focus', { fill: string; opacity: number }>;
  PATTERNS: typeof PATTERNS;
}
/** What the reader sees of a stack of paint, bottom first. */
function seen(stack: Part[], palette: Palette = { C, FILLS, PATTERNS }): Rgb {
  let c = hex(stack[0] === 'armenia' ? palette.C.armenia : palette.C.azerbaijan);
  for (const part of stack.slice(1)) {
    if (part in palette.PATTERNS) {
      const p = palette.PATTERNS[part as PatternId];
      c = over(hex(p.tint), c, p.tintOpacity);
      c = over(hex(p.color), c, inkCover(p));
    } else {
      const f = palette.FILLS[part as 'nkao' | 'districts' | 'focus'];
      c = over(hex(f.fill), c, f.opacity);
    }
  }
  return c;
}

/** The areas a state shows, as stacks of paint. */
function areasOf(s: (typeof states)[number]): Part[][] {
  const layers = new Set(s.layers ?? []);
  const styles = new Set((s.areas ?? []).map((a) => a.style));
  const out: Part[][] = [['armenia'], ['azerbaijan']];
  const held = layers.has('held');
  if (layers.has('nkao')) out.push(held ? ['azerbaijan', 'nkao', 'held'] : ['azerbaijan', 'nkao']);
  if (layers.has('districts')) out.push(['azerbaijan', 'districts'], ...(held ? [['azerbaijan', 'districts', 'held'] as Part[]] : []));
  else if (held) out.push(['azerbaijan', 'held']);
  if (styles.has('focus')) out.push(['armenia', 'focus'], ['azerbaijan', 'focus']);
  // A highlighted area's tint covers what lies under it (the taken districts were held).
  if (styles.has('taken')) out.push(['azerbaijan', 'taken']);
  if (styles.has('returned')) out.push(['azerbaijan', 'returned']);
  return out;
}

/** The pairs of a state's areas that must differ by colour, by the rule above. */
function pairsOf(s: (typeof states)[number]): [Part[], Part[]][] {
  const areas = areasOf(s);
  const pairs: [Part[], Part[]][] = [];
  const bare = (a: Part[]) => a.filter((p) => p !== 'held').join('+');
  for (let i = 0; i < areas.length; i++) {
    for (let j = i + 1; j < areas.length; j++) {
      const [a, b] = [areas[i], areas[j]];
      // The focus on either side of a border is one highlighted area.
      if (a.at(-1) === 'focus' && b.at(-1) === 'focus') continue;
      const heldA = a.includes('held');
      const heldB = b.includes('held');
      if ((!heldA && !heldB) || bare(a) === bare(b)) pairs.push([a, b]);
    }
  }
  for (const a of areas.filter((x) => x.includes('held'))) {
    pairs.push([a.filter((p) => p !== 'held'), a], [['armenia'], a]);
  }
  return pairs;
}

function closest(palette?: Palette) {
  const found: { d: number; what: string }[] = [];
  for (const s of states) {
    for (const [a, b] of pairsOf(s)) {
      for (const [vision, f] of VISIONS) {
        found.push({ d: de(f(seen(a, palette)), f(seen(b, palette))), what: `${s.id}: ${a.join('+')} vs ${b.join('+')} (${vision})` });
      }
    }
  }
  return found.sort((x, y) => x.d - y.d);
}

describe('the map palette', () => {
  it('keeps every two areas a map tells apart at least ΔE 20 apart, in normal vision, deuteranopia and protanopia', () => {
    const all = closest();
    expect(all.length).toBeGreaterThan(100);
    expect(all.filter((x) => x.d < 20).map((x) => `${x.what}: ΔE ${x.d.toFixed(1)}`)).toEqual([]);
  });

  it('would have caught the issue: the old 1993 districts read as Armenia (ΔE well under 20)', () => {
    const old: Palette = {
      C: { ...C, armenia: '#f6d8b5', azerbaijan: '#dfe5cf' },
      FILLS: { ...FILLS, districts: { ...FILLS.districts, fill: '#f3c27d', opacity: 0.55 } },
      PATTERNS,
    };
    const d = de(seen(['armenia'], old), seen(['azerbaijan', 'districts'], old));
    expect(d).toBeLessThan(10);
    expect(closest(old)[0].d).toBeLessThan(20);
  });

  it('gives Armenia and Azerbaijan equal weight: as light as each other, as coloured as each other', () => {
    const a = lch(parse(C.armenia)!)!;
    const z = lch(parse(C.azerbaijan)!)!;
    expect(Math.abs(a.l - z.l)).toBeLessThan(4);
    expect(Math.abs(a.c - z.c)).toBeLessThan(8);
    // Pale: the map's labels and lines read over both.
    expect(Math.min(a.l, z.l)).toBeGreaterThan(85);
  });

  it('distinguishes held, taken and returned areas by pattern as well as colour', () => {
    const marks = Object.values(PATTERNS).map((p) => `${p.mark}:${p.rotate ?? 0}`);
    expect(new Set(marks).size).toBe(marks.length);
    for (const p of Object.values(PATTERNS)) expect(inkCover(p)).toBeGreaterThan(0.1);
  });
});
