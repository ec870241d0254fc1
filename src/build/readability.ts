// Plain-English checks for the story text (issue #5): word, sentence and syllable counts and the
// Flesch–Kincaid grade, so the content tests and the benchmark can hold the story to grade 10 or below.
// Pure functions, no dependencies: the syllable count is a heuristic, good to about ±10% on English prose.
import { plainText } from '../lib/model/text.ts';
import type { Story } from '../lib/model/schema.ts';

/** A word: letters (with inner apostrophes or hyphens) or a number such as 1,960, 13–14 or 21.52. */
const WORD = /[\p{L}\p{M}]+(?:['’\-][\p{L}\p{M}]+)*|\d+(?:[.,:]\d+)*/gu;

/** The words of a text, in order. Punctuation, dashes and reference markers are not words. */
export function words(text: string): string[] {
  return plainText(text).match(WORD) ?? [];
}

/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATIONS = ['e.g', 'i.e', 'etc', 'vs', 'Mr', 'Mrs', 'Ms', 'Dr', 'St', 'Gen', 'Maj', 'Col', 'Lt', 'No', 'U.S', 'U.N', 'г', 'гг', 'т.е', 'т.д', 'др', 'ст', 'св'];

/**
 * The sentences of a text. A sentence ends at ., ! or ? (optionally followed by closing quotes or brackets)
 * before white space or the end; not after a known abbreviation or a lone initial ("J. Smith").
 */
export function sentences(text: string): string[] {
  const t = plainText(text).replace(/\s+/g, ' ').trim();
  if (!t) return [];
  const out: string[] = [];
  let start = 0;
  const end = /[.!?]+["'”’)\]]*(?=\s|$)/g;
  for (const m of t.matchAll(end)) {
    const stop = m.index! + m[0].length;
    const before = t.slice(start, m.index!);
    const lastToken = before.split(' ').pop() ?? '';
    if (m[0].startsWith('.') && (ABBREVIATIONS.includes(lastToken) || /^\p{Lu}$/u.test(lastToken))) continue;
    const s = t.slice(start, stop).trim();
    if (words(s).length) out.push(s);
    start = stop;
  }
  const rest = t.slice(start).trim();
  if (words(rest).length) out.push(rest);
  return out;
}

/** Endings whose vowel is usually silent: "made", "named", "takes" (but not "wanted", "table"). */
const SILENT_END = /(?:[^aeiouyl]e|[^aeioudt]ed|[^aeiouycgsxz]es)$/;
/** Vowel pairs that are usually two syllables: "Armenia", "Soviet", "dual"; not "million", "region". */
const SPLIT_PAIRS = /ia|io(?!n)|iu|ie(?=t)|ua|uo|[aeiou]y[aeiou]/g;

/**
 * Syllables in one word, by a heuristic: count vowel groups, drop a usually silent ending (-e, -ed, -es),
 * and add one for vowel pairs that are usually spoken as two. A number counts one syllable per digit (a
 * rough, conservative stand-in for its spoken form), at least one.
 */
export function syllables(word: string): number {
  if (/^\d/.test(word)) return Math.max(1, word.replace(/\D/g, '').length);
  const parts = word.toLowerCase().split(/[-'’]/).filter(Boolean);
  if (parts.length > 1) return parts.reduce((n, p) => n + syllables(p), 0);
  let w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (!w) return 0;
  if (w.length <= 3) return 1;
  w = w.replace(SILENT_END, (m) => m[0]);
  const groups = w.match(/[aeiouy]+/g)?.length ?? 0;
  const splits = w.match(SPLIT_PAIRS)?.length ?? 0;
  return Math.max(1, groups + splits);
}

export interface TextStats {
  words: number;
  sentences: number;
  syllables: number;
}

export function textStats(text: string): TextStats {
  const ws = words(text);
  return {
    words: ws.length,
    sentences: sentences(text).length,
    syllables: ws.reduce((n, w) => n + syllables(w), 0),
  };
}

/** Flesch–Kincaid grade level from counts: 0.39 × words/sentence + 11.8 × syllables/word − 15.59. */
export function gradeFromStats(s: TextStats): number {
  if (!s.words || !s.sentences) return 0;
  return 0.39 * (s.words / s.sentences) + 11.8 * (s.syllables / s.words) - 15.59;
}

/** Flesch–Kincaid grade level of a text (paragraphs may be joined with blank lines). */
export function fleschKincaidGrade(text: string): number {
  return gradeFromStats(textStats(text));
}

/** Every paragraph of step text in reading order, without [^refs], joined by blank lines. */
export function storyPlainText(story: Story): string {
  return story.sections
    .flatMap((s) => s.steps)
    .flatMap((step) => step.text.map(plainText))
    .join('\n\n');
}

/** Vowels for counting syllables in French and Russian: one syllable per vowel group (French) or per vowel (Russian). */
const FR_VOWELS = /[aeiouyàâäéèêëîïôöùûüÿœæ]+/g;
const RU_VOWELS = /[аеёиоуыэюя]/g;

/** Syllables in a French word: vowel groups, less a silent final -e, -es or -ent after a consonant ("guerre", "parlent"). */
export function syllablesFr(word: string): number {
  if (/^\d/.test(word)) return Math.max(1, word.replace(/\D/g, '').length);
  const w = word.toLowerCase().replace(/[’']/g, '');
  const groups = w.match(FR_VOWELS)?.length ?? 0;
  const silent = groups > 1 && /[^aeiouyàâäéèêëîïôöùûü](?:e|es|ent)$/.test(w) ? 1 : 0;
  return Math.max(1, groups - silent);
}

/** Syllables in a Russian word: one per vowel letter. */
export function syllablesRu(word: string): number {
  if (/^\d/.test(word)) return Math.max(1, word.replace(/\D/g, '').length);
  return Math.max(1, word.toLowerCase().match(RU_VOWELS)?.length ?? 0);
}

/**
 * Reading ease of a text in its language, on the Flesch scale (higher is easier; 60–70 is plain language a
 * 13–15-year-old reads): Flesch for English, Kandel–Moles's adaptation for French, Oborneva's for Russian.
 */
export function readingEase(text: string, locale: string): number {
  const ws = words(text);
  const n = sentences(text).length;
  if (!ws.length || !n) return 100;
  const count = locale === 'fr' ? syllablesFr : locale === 'ru' ? syllablesRu : syllables;
  const asl = ws.length / n;
  const asw = ws.reduce((k, w) => k + count(w), 0) / ws.length;
  if (locale === 'fr') return 207 - 1.015 * asl - 73.6 * asw;
  if (locale === 'ru') return 206.835 - 1.3 * asl - 60.1 * asw;
  return 206.835 - 1.015 * asl - 84.6 * asw;
}
