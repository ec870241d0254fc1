// The embed's message parsing (strict, bounded), its host geometry, and the code it gives journalists.
import { describe, expect, it } from 'vitest';
import { parseHeight, parsePym, parseViewport, parseWidth, pymMessage, safeChildId, viewportPayload, DEFAULT_CHILD_ID } from '../../src/lib/embed/messages.ts';
import { hostActiveStep, pinOffset, visibleWindow } from '../../src/lib/embed/hostView.ts';
import { ampSnippet, embedUrl, fixedSnippet, loaderSnippet, pymSnippet, wordpressSnippet } from '../../src/lib/embed/snippet.ts';
import { oembedJson } from '../../src/build/oembed.ts';
import { isAnswer, needsStepper, WP_MAX_HEIGHT } from '../../src/lib/embed/decide.ts';
import { parseEmbedOptions, parseOffset } from '../../src/lib/model/urlOptions.ts';

describe('Pym messages', () => {
  it('our loader reads the height the embed writes, from any child id, and nothing else', () => {
    expect(parseHeight(pymMessage('pym-0-ab12c', 'height', '2480'))).toEqual({ id: 'pym-0-ab12c', height: 2480 });
    for (const bad of [
      pymMessage('a', 'width', '300'),
      pymMessage('a', 'height', '0'),
      pymMessage('a', 'height', '12.5'),
      pymMessage('a', 'height', '99999999'),
      pymMessage('<b>', 'height', '300'),
      pymMessage('a', 'height', '300') + 'xPYMx1',
      'PYMxPYMxaxPYMxheightxPYMx300',
      { height: 300 },
      null,
    ])
      expect(parseHeight(bad), String(bad)).toBeNull();
  });
  it('the viewport our loader sends is the one the embed reads', () => {
    const payload = viewportPayload(1280, 800.4, { top: -200.6, left: 0, bottom: 2999.5, right: 1280 });
    expect(payload).toBe('1280 800 -201 0 3000 1280');
    expect(parseViewport(payload)).toEqual({ width: 1280, height: 800, top: -201, left: 0, bottom: 3000, right: 1280 });
  });

  it('round-trips the wire format and reads only messages for this child', () => {
    const m = pymMessage('embed-1', 'viewport-iframe-position', '1280 800 -200 0 3000 1280');
    expect(m).toBe('pymxPYMxembed-1xPYMxviewport-iframe-positionxPYMx1280 800 -200 0 3000 1280');
    expect(parsePym(m, 'embed-1')).toEqual({ type: 'viewport-iframe-position', payload: '1280 800 -200 0 3000 1280' });
    expect(parsePym(m, 'embed-2')).toBeNull();
    expect(parsePym(m, 'embed')).toBeNull();
  });
  it.each([
    ['null', null],
    ['object', { type: 'width' }],
    ['number', 5],
    ['huge', 'pymxPYMxaxPYMxwidthxPYMx' + '1'.repeat(10_000)],
    ['no type', 'pymxPYMxaxPYMx'],
    ['empty type', 'pymxPYMxaxPYMxxPYMx1'],
    ['markup type', 'pymxPYMxaxPYMx<b>xPYMx1'],
    ['wrong prefix', 'PYMxPYMxaxPYMxwidthxPYMx1'],
  ])('ignores %s', (_, data) => {
    expect(parsePym(data, 'a')).toBeNull();
  });
  it('child ids: safe ones kept, anything else the default', () => {
    expect(safeChildId('pym-0-ab12c')).toBe('pym-0-ab12c');
    expect(safeChildId(null)).toBe(DEFAULT_CHILD_ID);
    expect(safeChildId('a b')).toBe(DEFAULT_CHILD_ID);
    expect(safeChildId('x'.repeat(101))).toBe(DEFAULT_CHILD_ID);
    expect(safeChildId('.*')).toBe(DEFAULT_CHILD_ID);
  });
  it('viewport payloads: pym.js raw floats accepted, malformed or out of bounds refused', () => {
    expect(parseViewport('1280 800 -123.45600051879883 8 2876.5439453125 1272')).toEqual({
      width: 1280, height: 800, top: -123.45600051879883, left: 8, bottom: 2876.5439453125, right: 1272,
    });
    for (const bad of ['', '1 2 3', '1280 800 0 0 100 100 5', 'NaN 800 0 0 100 100', '1280 800 0 0 -5 100', '0 800 0 0 1 1',
      '1280 99999 0 0 1 1', '1280 800 1e400 0 1 1', '1280 800 0x10 0 1 1', '1280 800 Infinity 0 1 1', '1280 800 0 0 1 1'.padEnd(300, ' ')]) {
      expect(parseViewport(bad), bad).toBeNull();
    }
  });
  it('width payloads', () => {
    expect(parseWidth('640')).toBe(640);
    expect(parseWidth(' 640 ')).toBe(640);
    expect(parseWidth('-1')).toBeNull();
    expect(parseWidth('abc')).toBeNull();
    expect(parseWidth('9'.repeat(50))).toBeNull();
  });
});

describe('host geometry', () => {
  it('the visible window of the iframe', () => {
    expect(visibleWindow(200, 800, 5000)).toEqual({ top: 0, height: 600 });
    expect(visibleWindow(-1000, 800, 5000)).toEqual({ top: 1000, height: 800 });
    expect(visibleWindow(-4800, 800, 5000)).toEqual({ top: 4800, height: 200 });
    expect(visibleWindow(900, 800, 5000).height).toBe(0);
  });
  it('pins like position: sticky, within the container', () => {
    expect(pinOffset(0, 100, 4000, 800)).toBe(0);
    expect(pinOffset(1100, 100, 4000, 800)).toBe(1000);
    expect(pinOffset(9000, 100, 4000, 800)).toBe(3200);
  });
  it('the active step follows the host scroll', () => {
    const boxes = [0, 1000, 2000, 3000].map((t) => ({ top: t, bottom: t + 900 }));
    // Iframe top at -1200 in an 800px viewport: the trigger line (440) is at 1640 in the embed: step 1.
    expect(hostActiveStep(boxes, -1200, 2800, 800)).toBe(1);
    expect(hostActiveStep(boxes, 300, 4300, 800)).toBe(0);
    // The iframe's end in view: the last step on screen wins.
    expect(hostActiveStep(boxes, -2900, 1000, 800)).toBe(3);
  });
});

describe('snippets and oEmbed', () => {
  const o = { base: 'https://news.example/karabakh/index.html#x', section: 'fighting-2020', title: 'Karabakh "Explained"', overflow: 'Show the full explainer' };
  it('point at the embed beside the page, with the section', () => {
    expect(embedUrl(o.base, null)).toBe('https://news.example/karabakh/embed.html');
    expect(embedUrl(o.base, 'fighting-2020')).toBe('https://news.example/karabakh/embed.html?section=fighting-2020');
    const html = loaderSnippet(o);
    expect(html).toContain('src="https://news.example/karabakh/embed.html?section=fighting-2020"');
    expect(html).toContain('<script src="https://news.example/karabakh/embed.js" async></script>');
    expect(html).toContain('title="Karabakh &quot;Explained&quot;"');
    expect(pymSnippet(o)).toContain('data-pym-trackscroll="true"');
    // WordPress: the page's address alone (its oEmbed does the rest); for a section, that section's own page.
    expect(wordpressSnippet(o)).toBe('https://news.example/karabakh/section-fighting-2020.html');
    expect(wordpressSnippet({ ...o, section: null })).toBe('https://news.example/karabakh/');
    // A fixed-height frame without script: the stepper from the start.
    expect(fixedSnippet(o)).toBe(
      '<iframe src="https://news.example/karabakh/embed.html?section=fighting-2020&amp;layout=stepper" title="Karabakh &quot;Explained&quot;" width="100%" height="600" style="width:100%;border:0" loading="lazy"></iframe>',
    );
    expect(ampSnippet(o)).toMatch(/<amp-iframe [^>]*resizable[^>]*>\n\s*<button overflow type="button">Show the full explainer</);
  });
  it('oEmbed: a rich type with the iframe', () => {
    const j = oembedJson('https://news.example/karabakh', 'Title');
    expect(j).toMatchObject({ type: 'rich', version: '1.0', width: 800, height: 700, title: 'Title' });
    expect(j.html).toContain('<iframe src="https://news.example/karabakh/embed.html"');
  });
});

describe('WordPress oEmbed messages', () => {
  it('reads the secret WordPress appends to the address, and nothing else', async () => {
    const { wpSecret, wpHeight, wpLink } = await import('../../src/lib/embed/messages.ts');
    expect(wpSecret('#?secret=a1B2c3')).toBe('a1B2c3');
    expect(wpSecret('#?secret=abc&x=1')).toBe('abc');
    for (const bad of ['', '#', '#where', '#?secret=', '#?secret=a b', '#?secret=<img>', '#?secret=' + 'a'.repeat(65), '#x?secret=abc']) expect(wpSecret(bad), bad).toBeNull();
    expect(wpHeight('abc', 900)).toEqual({ message: 'height', value: 900, secret: 'abc' });
    expect(wpLink('abc', 'https://example.org/')).toEqual({ message: 'link', value: 'https://example.org/', secret: 'abc' });
  });
});


describe('when the embed becomes a stepper', () => {
  const facts = { forced: null, wordpress: false, answered: false, frameHeight: 600, contentHeight: 20_000 } as const;
  it('a frame that did not answer and is shorter than the story: stepper', () => expect(needsStepper(facts)).toBe(true));
  it('a host that answered (Pym, our loader, AMP): the scrolling story', () => expect(needsStepper({ ...facts, answered: true })).toBe(false));
  it('a fixed frame tall enough for the story: the scrolling story', () => expect(needsStepper({ ...facts, frameHeight: 20_000 })).toBe(false));
  it('WordPress, story taller than its clamp: stepper even though it answered', () => {
    expect(needsStepper({ ...facts, wordpress: true, answered: true, frameHeight: WP_MAX_HEIGHT })).toBe(true);
    expect(needsStepper({ ...facts, wordpress: true, answered: true, frameHeight: 900, contentHeight: 900 })).toBe(false);
  });
  it('?layout= wins', () => {
    expect(needsStepper({ ...facts, forced: 'scroll' })).toBe(false);
    expect(needsStepper({ ...facts, answered: true, frameHeight: 20_000, forced: 'stepper' })).toBe(true);
  });
  it('an answer is the frame at a height that was asked for (give or take rounding)', () => {
    expect(isAnswer(2481, [300, 2480])).toBe(true);
    expect(isAnswer(1000, [20_000])).toBe(false);
    expect(isAnswer(600, [])).toBe(false);
  });
});

describe('the embed options in its address', () => {
  it.each([
    ['', { layout: null, offset: 0 }],
    ['?layout=stepper', { layout: 'stepper', offset: 0 }],
    ['?layout=SCROLL&offset=56', { layout: 'scroll', offset: 56 }],
    ['?layout=carousel&offset=-5', { layout: null, offset: 0 }],
    ['?offset=9999', { layout: null, offset: 300 }],
    ['?offset=56px&section=x', { layout: null, offset: 56 }],
    ['?offset=1e3', { layout: null, offset: 0 }],
  ])('%s', (search, expected) => expect(parseEmbedOptions(search)).toEqual(expected));
  it('data-karabakh-offset reads the same way', () => {
    expect(parseOffset('56')).toBe(56);
    expect(parseOffset(' 48.5 ')).toBe(49);
    expect(parseOffset('abc')).toBe(0);
    expect(parseOffset(null)).toBe(0);
  });
});
