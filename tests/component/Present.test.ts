// Presentation mode as a component: keys move one step at a time, the counter and the map follow, N shows the
// teacher notes, a typed number jumps, Esc leaves with the step reached (the page's cursor).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render } from '@testing-library/svelte';
import PresentHarness from './PresentHarness.svelte';
import { Cursor } from '../../src/lib/story/cursor.svelte.ts';
import type { Story } from '../../src/lib/model/schema.ts';
import type { MapState } from '../../src/lib/model/mapStateSchema.ts';

const ids = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const story: Story = {
  locale: 'en',
  title: 'Test story',
  dek: 'A story to test with.',
  checked: 'today',
  sections: [
    {
      id: 's',
      title: 'A section',
      steps: ids.map((id, i) => ({ id, map: i % 2 ? 'odd' : 'even', text: [`Text of step ${id}.`], notes: id === 'two' ? 'Ask the class why.' : undefined })),
    },
  ],
};
// Only what the panel needs to name the state; the map data itself fails to load here (no network in jsdom).
const statesById = new Map(['odd', 'even'].map((id) => [id, { id, title: id, description: `The ${id} map` } as unknown as MapState]));
/** The page's cursor, at the step the presenter starts from. */
function cursorAt(index = 0) {
  const cursor = new Cursor(story, statesById);
  cursor.go(index);
  return cursor;
}

beforeEach(() => {
  vi.stubGlobal('fetch', vi.fn(async () => new Response('', { status: 404 })));
  vi.stubGlobal('scrollTo', () => {});
  history.replaceState(null, '', '/?present');
});
afterEach(() => vi.unstubAllGlobals());

const active = () => document.querySelector('[aria-current="step"]')?.getAttribute('data-step');
const map = () => document.querySelector('[data-map-state]')?.getAttribute('data-map-state');
const count = () => document.querySelector('.present-count')?.textContent;
const key = (k: string) => fireEvent.keyDown(window, { key: k });

describe('Present', () => {
  it('steps with the keys, the map, counter and hash following', async () => {
    render(PresentHarness, { cursor: cursorAt(), onexit: () => {} });
    expect([active(), map(), count()]).toEqual(['one', 'even', '1 / 12']);
    expect(document.querySelectorAll('[aria-current="step"]')).toHaveLength(1);
    await key('PageDown');
    expect([active(), map(), count(), location.hash]).toEqual(['two', 'odd', '2 / 12', '#two']);
    await key('PageUp');
    await key('PageUp'); // already at the first step
    expect(active()).toBe('one');
    await key('End');
    expect(active()).toBe('twelve');
    await key('ArrowRight'); // already at the last step
    expect(active()).toBe('twelve');
    await key('Home');
    await key('1');
    await key('1');
    await key('Enter');
    expect([active(), count()]).toEqual(['eleven', '11 / 12']);
  });

  it('hides the key hint after the first key, toggles notes on N, and leaves on Esc with the step reached', async () => {
    const onexit = vi.fn();
    const cursor = cursorAt(1);
    const { container } = render(PresentHarness, { cursor, onexit });
    expect(container.querySelector('.hint')).not.toBeNull();
    const root = container.querySelector('[data-present]')!;
    expect(root.classList.contains('show-notes')).toBe(false);
    await key('n');
    expect(container.querySelector('.hint')).toBeNull();
    expect(root.classList.contains('show-notes')).toBe(true);
    expect(document.querySelector('[aria-current="step"] .teacher-notes')?.textContent).toMatch(/Ask the class why/);
    await key('N');
    expect(root.classList.contains('show-notes')).toBe(false);
    await key('Escape');
    expect(onexit).toHaveBeenCalled();
    expect(cursor.id).toBe('two');
  });

  it('leaves browser shortcuts alone', async () => {
    render(PresentHarness, { cursor: cursorAt(), onexit: () => {} });
    const e = new KeyboardEvent('keydown', { key: 'ArrowRight', ctrlKey: true, cancelable: true });
    window.dispatchEvent(e);
    expect(e.defaultPrevented).toBe(false);
    expect(active()).toBe('one');
  });
});
