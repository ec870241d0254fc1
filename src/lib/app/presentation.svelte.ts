// Presentation mode as the page's own state, shared with the header's Present button (an island) by context:
// whether it is open, and its component, loaded on demand. Opening and leaving it moves the URL (?present) and
// takes the page's islands down and up again; the step is the page's cursor throughout.
import { getContext, tick } from 'svelte';
import { presentHref } from '../present/url.ts';
import type { Cursor } from '../story/cursor.svelte.ts';
import type { IslandRuntime } from './islands/islands.ts';
import { loadAll } from './storyIndex.ts';
import type Present from '../present/Present.svelte';

export class Presentation {
  active = $state(false);
  component = $state.raw<typeof Present | null>(null);
  /** Counts the times the page's steps were mounted again (after presentation mode), for the scroll engine. */
  remounted = $state(0);
  /** The page's islands, which presentation mode takes down and mounts again (none at build). */
  islands: IslandRuntime | null = null;

  constructor(private cursor: Cursor) {}

  /** Opens presentation mode at the active step; `push` adds a history entry (the Present button does). */
  async open(push = true): Promise<void> {
    // Every step's words: the slides show any step, and the page's sections are mounted whole when it closes.
    const [{ default: component }] = await Promise.all([import('../present/Present.svelte'), loadAll()]);
    this.component ??= component;
    this.islands?.release();
    if (push) history.pushState(history.state, '', presentHref(location, true, this.cursor.id));
    this.active = true;
  }

  /** Back to the scrolling page, at the step the class stopped at. */
  async close(): Promise<void> {
    history.replaceState(history.state, '', presentHref(location, false, this.cursor.id));
    this.active = false;
    await tick();
    this.islands?.mount();
    this.remounted++;
    const step = document.getElementById(this.cursor.id);
    step?.scrollIntoView({ block: 'start' });
    // Keyboard users continue from the step the class stopped at, not from the top of the page.
    step?.setAttribute('tabindex', '-1');
    step?.focus({ preventScroll: true });
  }
}

const KEY = Symbol('presentation');
/** Context entry for mount/hydrate/render's `context` map. */
export const presentationEntry = (p: Presentation): [symbol, Presentation] => [KEY, p];
export const getPresentation = () => getContext<Presentation>(KEY);
