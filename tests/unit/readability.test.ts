// The readability measure behind the story's grade-10 rule: words, sentences, syllables and the
// Flesch–Kincaid grade, on sentences whose counts are known.
import { describe, expect, it } from 'vitest';
import { fleschKincaidGrade, gradeFromStats, sentences, storyPlainText, syllables, textStats, words } from '../../src/build/readability.ts';
import type { Story } from '../../src/lib/model/schema.ts';

describe('words', () => {
  it('counts words, numbers and hyphenated or possessive words as one each', () => {
    expect(words('The cat sat on the mat.')).toEqual(['The', 'cat', 'sat', 'on', 'the', 'mat']);
    expect(words("Nagorno-Karabakh's 4,400 km² oblast, 13–14% of it")).toEqual(["Nagorno-Karabakh's", '4,400', 'km', 'oblast', '13', '14', 'of', 'it']);
  });
  it('ignores source references and punctuation', () => {
    expect(words('A truce came.[^pax-ceasefire-1994] — “Yes”, he said.')).toEqual(['A', 'truce', 'came', 'Yes', 'he', 'said']);
  });
});

describe('sentences', () => {
  it('splits at full stops, question and exclamation marks', () => {
    expect(sentences('One. Two? Three! Four')).toEqual(['One.', 'Two?', 'Three!', 'Four']);
  });
  it('keeps abbreviations, initials and decimals inside a sentence', () => {
    expect(sentences('Maj. Gen. Polad Hashimov was killed. The U.S. joined. J. Smith left. It was 21.52% of all.')).toHaveLength(4);
  });
  it('ends a sentence at a closing quotation mark', () => {
    expect(sentences('He said “stop.” Then he left.')).toEqual(['He said “stop.”', 'Then he left.']);
  });
  it('has no sentences in empty text', () => {
    expect(sentences('  ')).toEqual([]);
  });
});

describe('syllables', () => {
  it.each([
    ['cat', 1],
    ['the', 1],
    ['made', 1],
    ['named', 1],
    ['wanted', 2],
    ['table', 2],
    ['people', 2],
    ['fighting', 2],
    ['history', 3],
    ['beautiful', 3],
    ['Armenia', 4],
    ['Azerbaijan', 4],
    ['Karabakh', 3],
    ['Soviet', 3],
    ['million', 2],
    ['region', 2],
    ['population', 4],
    ['independence', 4],
    ['co-chairs', 2],
  ])('%s has %i', (word, n) => {
    expect(syllables(word)).toBe(n);
  });
  it('counts a number by its digits', () => {
    expect(syllables('1923')).toBe(4);
    expect(syllables('1,960')).toBe(4);
    expect(syllables('8')).toBe(1);
  });
});

describe('Flesch–Kincaid grade', () => {
  it('matches the formula on a known sentence', () => {
    // 6 words, 1 sentence, 6 syllables: 0.39 × 6 + 11.8 × 1 − 15.59 = −1.45
    expect(textStats('The cat sat on the mat.')).toEqual({ words: 6, sentences: 1, syllables: 6 });
    expect(fleschKincaidGrade('The cat sat on the mat.')).toBeCloseTo(-1.45, 2);
  });
  it('rates long sentences of long words as harder than short plain ones', () => {
    const plain = 'The war ended in May. Both sides stopped where they stood. No one won.';
    const dense =
      'Notwithstanding international mediation, the unresolved territorial dispute generated recurrent hostilities, considerable displacement and institutional paralysis throughout the subsequent decades.';
    expect(fleschKincaidGrade(plain)).toBeLessThan(4);
    expect(fleschKincaidGrade(dense)).toBeGreaterThan(16);
  });
  it('is 0 for empty text', () => {
    expect(gradeFromStats({ words: 0, sentences: 0, syllables: 0 })).toBe(0);
  });
});

describe('storyPlainText', () => {
  it('joins every step paragraph in order, without references', () => {
    const story = {
      locale: 'en',
      title: 't',
      dek: 'd',
      checked: 'February 2026',
      sections: [
        { id: 'a', title: 'A', steps: [{ id: 's1', map: 'region', text: ['One.[^x]', 'Two.'] }] },
        { id: 'b', title: 'B', steps: [{ id: 's2', map: 'region', text: ['Three.[^y]'] }] },
      ],
    } satisfies Story;
    expect(storyPlainText(story)).toBe('One.\n\nTwo.\n\nThree.');
  });
});
