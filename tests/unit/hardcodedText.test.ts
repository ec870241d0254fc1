// No reader-visible word is written into a component's markup: every label comes from data/ui.<locale>.json
// (issue #16). Scans each .svelte file outside <script> and <style>, ignoring {…} expressions and comments, for a
// text node or an aria-label / title / alt / placeholder / aria-description literal that contains a letter.
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname, '../..');
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.svelte') ? [join(dir, e.name)] : [],
  );

/**
 * The only literals allowed, kept explicit and tiny: the Embed button's "</>" glyph, and the letter keys F, N, B and P
 * in presentation mode's key help, which name the keys the code binds (lib/present/keys.ts) in every locale.
 */
const ALLOWED = new Set<string>(['&lt;/&gt;', 'F', 'N', 'B', 'P']);
const LETTER = /\p{L}/u;

/** Blanks out balanced {…} expressions (they may hold strings, template literals, nested braces). */
function stripExpressions(s: string): string {
  let out = '';
  let depth = 0;
  let quote: string | null = null;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (depth === 0) {
      if (c === '{') { depth = 1; out += ' '; } else out += c;
      continue;
    }
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
    } else if (c === '"' || c === "'" || c === '`') quote = c;
    else if (c === '{') depth++;
    else if (c === '}') depth--;
    out += c === '\n' ? '\n' : ' ';
  }
  return out;
}

export function hardcoded(source: string): string[] {
  const markup = stripExpressions(
    source
      .replace(/<script[\s\S]*?<\/script>/g, '')
      .replace(/<style[\s\S]*?<\/style>/g, '')
      .replace(/<!--[\s\S]*?-->/g, ''),
  );
  const found: string[] = [];
  // Text nodes: what lies between one tag's end and the next tag's start.
  for (const m of markup.matchAll(/>([^<>]*)</g)) {
    const text = m[1].trim();
    if (text && LETTER.test(text) && !ALLOWED.has(text)) found.push(`text "${text}"`);
  }
  // Attributes a reader or a screen reader meets.
  for (const m of markup.matchAll(/\s(aria-label|aria-description|aria-roledescription|title|alt|placeholder)\s*=\s*("([^"]*)"|'([^']*)')/g)) {
    const value = (m[3] ?? m[4] ?? '').trim();
    if (LETTER.test(value) && !ALLOWED.has(value)) found.push(`${m[1]}="${value}"`);
  }
  return found;
}

describe('no hard-coded interface words in components', () => {
  it('finds a planted label (the scanner works)', () => {
    expect(hardcoded('<script>const a = "x";</script><button aria-label="Close">{ui.x}</button><p>Hello</p>')).toEqual([
      'text "Hello"',
      'aria-label="Close"',
    ]);
    expect(hardcoded('<p>{ui.a} {`b ${c}`}</p><!-- a comment --><span title={ui.t}>×</span>')).toEqual([]);
  });
  for (const file of files(join(root, 'src'))) {
    it(relative(root, file), () => {
      expect(hardcoded(readFileSync(file, 'utf8'))).toEqual([]);
    });
  }
});
