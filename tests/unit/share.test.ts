// Share, cards and oEmbed helpers (#19): the link the Share button gives, the social card's text layout and its
// strokes, the card fonts' lookup, and the oEmbed thumbnail.
import { describe, it, expect } from 'vitest';
import { shareLink } from '../../src/lib/embed/share.ts';
import { sectionPageFile } from '../../src/lib/model/urlOptions.ts';
import { cardSvg, findCardFonts, nonScalingStrokes, pngSize, wrap } from '../../src/build/cards.ts';
import { oembedJson } from '../../src/build/oembed.ts';

describe('shareLink', () => {
  it('links the step being read, without the query', () => {
    expect(shareLink('https://x.org/k/?present#old', null, 'khojaly-1992')).toBe('https://x.org/k/#khojaly-1992');
    expect(shareLink('https://x.org/k/index.html', null, 'a')).toBe('https://x.org/k/#a');
    expect(shareLink('https://x.org/k/fr/', null, undefined)).toBe('https://x.org/k/fr/');
  });
  it('links one section’s own page (with its own card), from ?section= or from that page', () => {
    expect(shareLink('https://x.org/k/ru/?section=frozen#x', 'frozen', 'madrid')).toBe('https://x.org/k/ru/section-frozen.html#madrid');
    expect(shareLink('https://x.org/k/section-frozen.html#x', 'frozen', 'y')).toBe('https://x.org/k/section-frozen.html#y');
    expect(sectionPageFile('intro')).toBe('section-intro.html');
  });
});

describe('social cards', () => {
  it('wraps a title into lines that fit, keeping every word', () => {
    const text = 'Background: empires, a Soviet decision and the break-up';
    const lines = wrap(text, 44, 374, true);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(text);
    for (const l of lines) expect(l.length * 44 * 0.66).toBeLessThanOrEqual(374 + 44);
  });
  it('turns non-scaling strokes (which resvg ignores) into widths divided by the map’s scale', () => {
    const svg = '<svg><g transform="translate(1,2) scale(4.0000)"><path d="M0,0" stroke-width="2" stroke-dasharray="4 2" vector-effect="non-scaling-stroke"></path><path d="M1,1" stroke-width="3"></path></g></svg>';
    const out = nonScalingStrokes(svg);
    expect(out).toContain('stroke-width="0.5" stroke-dasharray="1 0.5"');
    expect(out).not.toContain('vector-effect');
    expect(out).toContain('stroke-width="3"');
  });
  it('puts the map beside the words, without the locator inset, and escapes the words', () => {
    const map = '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 730 630" width="730" height="630"><title>T</title><defs><clipPath id="m-inset"><rect></rect></clipPath></defs><g class="inset" data-inset=""><rect></rect><g clip-path="url(#m-inset)"><path></path></g><rect x="1"></rect></g></svg>';
    const svg = cardSvg(map, { site: 'Site', title: 'A & B <c>', sub: 'Sub' }, 'DejaVu Sans');
    expect(svg).toContain('<svg x="470" y="0"');
    expect(svg).not.toContain('data-inset');
    expect(svg).not.toContain('m-inset');
    expect(svg).toContain('A &amp; B &lt;c&gt;');
    expect(svg).not.toContain('<?xml');
  });
  it('finds its fonts, or says what is missing', () => {
    const bad = findCardFonts({ KE_CARD_FONTS: '/nope/a.ttf,/nope/b.ttf' });
    expect(bad.files).toBeNull();
    expect((bad as { why: string }).why).toContain('/nope/a.ttf');
  });
  it('reads a PNG’s size from its header', () => {
    const png = new Uint8Array(24);
    new DataView(png.buffer).setUint32(16, 1200);
    new DataView(png.buffer).setUint32(20, 630);
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
  });
});

describe('oEmbed', () => {
  it('gives the story’s card as its thumbnail, with its size, absolute with the site’s address', () => {
    const j = oembedJson('https://news.example/karabakh', 'Title');
    expect(j.thumbnail_url).toBe('https://news.example/karabakh/cards/index.png');
    expect([j.thumbnail_width, j.thumbnail_height]).toEqual([1200, 630]);
    expect(oembedJson('', 'T').thumbnail_url).toBe('cards/index.png');
  });
});
