// Presentation mode as the page's own state, shared with the header's Present button (an island) by context:
// whether it is open, and its component, loaded on demand. Opening and leaving it moves the URL (?present) and
// takes the page's islands down and up again; the step is the page's cursor throughout.
import { flushSync, getContext, tick } from 'svelte';
import { presentHref } from '../present/url.ts';
import { applyOptions, readOptions } from '../print/options.ts';
import type { Cursor } from '../story/cursor.svelte.ts';
import { loadIslands, type IslandRuntime } from './islands/islands.ts';
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
    // (The page may scroll while they load: presentation mode opens at the step it was asked for.)
    const at = this.cursor.id;
    // And every island's code: the page is mounted again, whole, when it closes or prints (beginPrint is synchronous).
    const [{ default: component }] = await Promise.all([import('../present/Present.svelte'), loadAll(), loadIslands()]);
    if (this.cursor.id !== at) this.cursor.goTo(at);
    this.component ??= component;
    this.islands?.release();
    if (push) history.pushState(history.state, '', presentHref(location, true, this.cursor.id));
    this.active = true;
  }

  /** Printing from presentation mode: the page is drawn under it for as long as the print lasts (the handout). */
  printing = $state(false);
  #printAt = 0;

  /**
   * Before a print from presentation mode (beforeprint, synchronous: the browser lays the pages out right after):
   * the page is rendered again, its islands mounted, so the handout is the page's own: title, section headings,
   * every step with its map, sources. Presentation mode stays, hidden in print.
   */
  beginPrint(): void {
    if (!this.active || this.printing) return;
    this.#printAt = this.cursor.index;
    this.printing = true;
    flushSync();
    this.islands?.mount();
    flushSync();
    applyOptions(readOptions());
  }

  /** After that print: the page is taken down again, the presentation stays at its step. */
  endPrint(): void {
    if (!this.printing) return;
    this.islands?.release();
    this.printing = false;
    flushSync();
    this.cursor.go(this.#printAt);
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
