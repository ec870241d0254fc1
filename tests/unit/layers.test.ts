// The code's folders are layers, and each imports only from the layers below it (README, "How it is built"):
// read every import of every module under src/, inside .svelte files too (static, dynamic and type-only), and
// fail on an import that goes up or sideways, on a cycle between folders, and on the page reaching build-time code.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const src = resolve(root, 'src');

/** The layers, bottom first. Folders on one layer may not import each other. */
export const LAYERS: string[][] = [
  ['model', 'offline'],
  ['locale'],
  ['scroll', 'map', 'counters', 'sources', 'timeline', 'print'],
  ['story'],
  ['present', 'embed'],
  ['app'],
];
const rank = new Map(LAYERS.flatMap((folders, i) => folders.map((f) => [f, i] as const)));

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    return e.isDirectory() ? walk(p) : /\.(ts|svelte)$/.test(e.name) ? [p] : [];
  });
}

/** Every module specifier a file names: import … from, export … from, import '…', import('…'). */
export function importsOf(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/(?:^|[\s;{}(])(?:import|export)\s[^'"`;]*?from\s*['"]([^'"]+)['"]/g)) out.push(m[1]);
  for (const m of text.matchAll(/(?:^|[\s;{}(])import\s*['"]([^'"]+)['"]/g)) out.push(m[1]);
  for (const m of text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) out.push(m[1]);
  return out;
}

/** Where a file sits: "lib/<folder>", "build", or "entry" (src/main.ts and other files at src/'s top). */
export function unitOf(file: string): string {
  const rel = relative(src, file).split(/[\\/]/);
  if (rel[0] === 'lib') return 'lib/' + rel[1];
  if (rel.length === 1) return 'entry';
  return rel[0];
}

interface Edge {
  from: string;
  to: string;
  file: string;
  spec: string;
}

function edges(): Edge[] {
  const out: Edge[] = [];
  for (const file of walk(src)) {
    for (const spec of importsOf(readFileSync(file, 'utf8'))) {
      if (!spec.startsWith('.')) {
        out.push({ from: unitOf(file), to: 'package:' + spec, file: relative(root, file), spec });
        continue;
      }
      const target = resolve(dirname(file), spec);
      const to = target.startsWith(src + '/') ? unitOf(target) : 'outside:' + relative(root, target);
      out.push({ from: unitOf(file), to, file: relative(root, file), spec });
    }
  }
  return out;
}

/** Why an import breaks the layers, or null when it may be made. */
export function violation(e: Pick<Edge, 'from' | 'to' | 'spec'>): string | null {
  if (e.from === e.to) return null;
  if (e.to.startsWith('outside:')) return e.from === 'build' ? null : `reaches outside src/ (${e.to.slice(8)})`;
  const from = e.from.startsWith('lib/') ? rank.get(e.from.slice(4)) : undefined;
  if (e.to.startsWith('package:')) {
    // The model is plain TypeScript: no Svelte, no DOM framework.
    if (e.from === 'lib/model' && /^svelte/.test(e.to.slice(8))) return 'the model imports Svelte';
    return null;
  }
  if (e.to === 'build') return e.from === 'build' ? null : 'the page imports build-time code';
  if (e.to === 'entry') return 'imports an entry';
  if (e.from === 'build' || e.from === 'entry') return null;
  const to = e.to.startsWith('lib/') ? rank.get(e.to.slice(4)) : undefined;
  if (from === undefined) return `${e.from} is on no layer`;
  if (to === undefined) return `${e.to} is on no layer`;
  if (to > from) return 'goes up a layer';
  if (to === from) return 'goes sideways, to a folder on its own layer';
  return null;
}

describe('folders in layers', () => {
  const all = edges();

  it('reads the imports of .ts and .svelte files, type-only and dynamic ones included', () => {
    expect(all.length).toBeGreaterThan(100);
    expect(all.some((e) => e.file.endsWith('.svelte') && e.to === 'lib/story')).toBe(true);
    expect(importsOf(`<script lang="ts">\n  import type { A } from '../x/a.ts';\n  const B = await import('../y/b.svelte');\n  import '../z/c.css';\n  export { d } from './d.ts';\n</script>`)).toEqual([
      '../x/a.ts',
      './d.ts',
      '../z/c.css',
      '../y/b.svelte',
    ]);
  });

  it('knows the rules: down is fine; up, sideways and into build-time code are not', () => {
    expect(violation({ from: 'lib/story', to: 'lib/map', spec: '' })).toBeNull();
    expect(violation({ from: 'lib/map', to: 'lib/story', spec: '' })).toBe('goes up a layer');
    expect(violation({ from: 'lib/counters', to: 'lib/sources', spec: '' })).toBe('goes sideways, to a folder on its own layer');
    expect(violation({ from: 'lib/app', to: 'build', spec: '' })).toBe('the page imports build-time code');
    expect(violation({ from: 'lib/model', to: 'package:svelte', spec: '' })).toBe('the model imports Svelte');
    expect(violation({ from: 'build', to: 'lib/app', spec: '' })).toBeNull();
  });

  it('every folder under src/lib is on a layer', () => {
    const folders = readdirSync(resolve(src, 'lib'), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    expect(folders.filter((f) => !rank.has(f))).toEqual([]);
  });

  it('no import goes up a layer, sideways, or from the page into build-time code', () => {
    const bad = all.flatMap((e) => {
      const why = violation(e);
      return why ? [`${e.file}: ${e.spec} (${why})`] : [];
    });
    expect(bad).toEqual([]);
  });

  it('the folders import one another as a tree with no cycle', () => {
    const graph = new Map<string, Set<string>>();
    for (const e of all) if (!e.to.includes(':') && e.to !== e.from) graph.set(e.from, (graph.get(e.from) ?? new Set()).add(e.to));
    const cycles: string[] = [];
    const visit = (node: string, path: string[]) => {
      if (path.includes(node)) return void cycles.push([...path.slice(path.indexOf(node)), node].join(' → '));
      for (const next of graph.get(node) ?? []) visit(next, [...path, node]);
    };
    for (const node of graph.keys()) visit(node, []);
    expect(cycles).toEqual([]);
  });
});
