// Footnote markers: a link to the source list that reveals its source on focus, hover or click/tap, and hides
// on Esc, on a click outside, or when another opens.
import { afterEach, describe, expect, it } from 'vitest';
import { render, screen, fireEvent, waitFor } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import SourcesHarness from './SourcesHarness.svelte';

const markers = () => screen.getAllByRole('button', { name: /^Source \d+$/ });
const pops = () => document.querySelectorAll('.pop');

afterEach(() => document.body.replaceChildren());

describe('SourceRef', () => {
  it('is a numbered link to the source list entry, collapsed', () => {
    render(SourcesHarness, { refs: ['afp', 'mod-az'] });
    const [a, b] = markers();
    expect(a).toHaveTextContent('1');
    expect(a).toHaveAttribute('href', '#src-afp');
    expect(b).toHaveTextContent('3');
    expect(a).toHaveAttribute('aria-expanded', 'false');
    expect(pops()).toHaveLength(0);
  });

  it('reveals the source on keyboard focus, and hides it on Esc', async () => {
    render(SourcesHarness, { refs: ['mod-az'] });
    const [m] = markers();
    m.focus();
    flushSync();
    expect(m).toHaveAttribute('aria-expanded', 'true');
    const pop = document.getElementById(m.getAttribute('aria-controls')!)!;
    expect(pop).toBeInTheDocument();
    expect(pop).toHaveTextContent('Ministry of Defence of Azerbaijan');
    expect(pop).toHaveTextContent('[Az]');
    expect(pop).toHaveTextContent(/Azerbaijani official, state or partisan source/);
    expect(pop.querySelector('a[href="https://example.org/az"]')).toHaveTextContent('Statement');
    expect(pop.querySelector('a[href="#src-mod-az"]')).toBeInTheDocument();
    // A preview: its links are not in the tab order until it is pinned open.
    expect(pop.querySelector('a')).toHaveAttribute('tabindex', '-1');
    await fireEvent.keyDown(document, { key: 'Escape' });
    expect(m).toHaveAttribute('aria-expanded', 'false');
    expect(pops()).toHaveLength(0);
    expect(document.activeElement).toBe(m);
  });

  it('toggles on click or tap without leaving the page, and closes on a click outside', async () => {
    render(SourcesHarness, { refs: ['afp'] });
    const [m] = markers();
    await fireEvent.pointerDown(m);
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    m.dispatchEvent(click);
    flushSync();
    expect(click.defaultPrevented).toBe(true);
    expect(m).toHaveAttribute('aria-expanded', 'true');
    const pop = pops()[0];
    expect(pop).toHaveTextContent('AFP, 1 October 2020');
    expect(pop.querySelector('a')).not.toHaveAttribute('tabindex');
    await fireEvent.click(m);
    expect(m).toHaveAttribute('aria-expanded', 'false');
    await fireEvent.click(m);
    expect(pops()).toHaveLength(1);
    await fireEvent.pointerDown(screen.getByText('Elsewhere'));
    expect(pops()).toHaveLength(0);
  });

  it('previews on a mouse that rests on the marker, not on one that passes over it', async () => {
    render(SourcesHarness, { refs: ['afp'] });
    const [m] = markers();
    const mouse = (type: string) => m.dispatchEvent(Object.assign(new Event(type), { pointerType: 'mouse' }));
    // Passing over (or the page scrolling a marker under a still pointer): nothing opens.
    mouse('pointerenter');
    await new Promise((r) => setTimeout(r, 50));
    mouse('pointerleave');
    await new Promise((r) => setTimeout(r, 300));
    flushSync();
    expect(m).toHaveAttribute('aria-expanded', 'false');
    // Resting on it: the preview opens after a short moment, and closes once the mouse has left.
    mouse('pointerenter');
    flushSync();
    expect(m).toHaveAttribute('aria-expanded', 'false');
    await waitFor(() => expect(m).toHaveAttribute('aria-expanded', 'true'));
    expect(pops()[0]).toHaveTextContent('AFP, 1 October 2020');
    mouse('pointerleave');
    await waitFor(() => expect(pops()).toHaveLength(0));
  });

  it('opens with Space like a button, and a modified click still follows the link', async () => {
    render(SourcesHarness, { refs: ['afp'] });
    const [m] = markers();
    await fireEvent.keyDown(m, { key: ' ' });
    expect(m).toHaveAttribute('aria-expanded', 'true');
    await fireEvent.keyDown(m, { key: ' ' });
    const ctrl = new MouseEvent('click', { bubbles: true, cancelable: true, ctrlKey: true });
    m.dispatchEvent(ctrl);
    expect(ctrl.defaultPrevented).toBe(false);
  });

  it('shows one source at a time', async () => {
    render(SourcesHarness, { refs: ['afp', 'mod-am'] });
    const [a, b] = markers();
    await fireEvent.click(a);
    await fireEvent.click(b);
    expect(a).toHaveAttribute('aria-expanded', 'false');
    expect(b).toHaveAttribute('aria-expanded', 'true');
    expect(pops()).toHaveLength(1);
    expect(pops()[0]).toHaveTextContent('[Arm]');
  });

  it('closes when focus moves elsewhere', async () => {
    render(SourcesHarness, { refs: ['afp'] });
    const [m] = markers();
    m.focus();
    flushSync();
    expect(pops()).toHaveLength(1);
    screen.getByText('Elsewhere').focus();
    flushSync();
    expect(pops()).toHaveLength(0);
  });
});

describe('SourceList', () => {
  it('lists every source with its number target, publisher, date, linked title, side tag, note and URL', () => {
    const { container } = render(SourcesHarness, { list: true });
    const items = [...container.querySelectorAll('.source-list li')];
    expect(items.map((li) => li.id)).toEqual(['src-afp', 'src-mod-am', 'src-mod-az']);
    expect(items[0]).toHaveTextContent('AFP, 1 October 2020: No let-up in fighting');
    expect(items[0].querySelector('a')).toHaveAttribute('href', 'https://example.org/afp');
    expect(items[0]).not.toHaveTextContent('[');
    expect(items[1]).toHaveTextContent('[Arm]');
    expect(items[2]).toHaveTextContent('[Az]');
    expect(items[2]).toHaveTextContent('Civilian figures only.');
    expect(items[2].querySelector('.url')).toHaveTextContent('https://example.org/az');
  });
});
