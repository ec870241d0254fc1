// Every locale's interface words (data/ui.<xx>.json) have exactly English's keys: a translator can neither drop a
// word nor add one the code never reads. Nested groups are compared key path by key path (a plural object's forms
// are key paths too; arrays such as the attribution lines count as one key).
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { UiSchema, parseData } from '../../src/lib/model/schema.ts';

const dataDir = join(import.meta.dirname, '../../data');
const locales = readdirSync(dataDir)
  .map((f) => /^ui\.([a-z]{2})\.json$/.exec(f)?.[1])
  .filter((l): l is string => !!l);
const read = (locale: string): unknown => JSON.parse(readFileSync(join(dataDir, `ui.${locale}.json`), 'utf8'));

/** Every leaf's dotted path. */
export function keyPaths(value: unknown, prefix = ''): string[] {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    return Object.entries(value).flatMap(([k, v]) => keyPaths(v, prefix ? `${prefix}.${k}` : k));
  }
  return [prefix];
}

/** What one locale lacks and what it has that English does not, as messages naming the locale and key. */
export function keyDiff(locale: string, en: unknown, other: unknown): string[] {
  const [a, b] = [new Set(keyPaths(en)), new Set(keyPaths(other))];
  return [
    ...[...a].filter((k) => !b.has(k)).map((k) => `ui.${locale}.json lacks "${k}"`),
    ...[...b].filter((k) => !a.has(k)).map((k) => `ui.${locale}.json has "${k}", which ui.en.json does not`),
  ];
}

describe('interface strings per locale', () => {
  it('finds a missing and an extra key (the comparison works)', () => {
    expect(keyDiff('fr', { a: { b: 'x', c: 'y' }, d: ['z'] }, { a: { b: 'x', e: 'y' }, d: ['z'] })).toEqual([
      'ui.fr.json lacks "a.c"',
      'ui.fr.json has "a.e", which ui.en.json does not',
    ]);
  });
  it('English is there and valid', () => {
    expect(locales).toContain('en');
    expect(() => parseData(UiSchema, read('en'), 'data/ui.en.json')).not.toThrow();
  });
  // Two open records: another edition names every place its map shows (map.names; English gives only the contested
  // ones and falls back on the data's spelling) and words every map state (map.states; English's are in
  // data/map-states.json). The build holds both to the map states (src/build/mapText.ts); here they may only add.
  const open = (m: string) => /has "map\.(names|states)\./.test(m);
  for (const locale of locales.filter((l) => l !== 'en')) {
    it(`ui.${locale}.json has exactly English's keys`, () => {
      expect(keyDiff(locale, read('en'), read(locale)).filter((m) => !open(m))).toEqual([]);
    });
  }
});
