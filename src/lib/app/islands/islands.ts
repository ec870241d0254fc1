// Islands. Hydrating the whole page in one go is one long task (a few hundred ms on a phone), so the page
// (App.svelte) leaves the markup of each section (which leaves each of its steps), the map, the timeline, the
// header's buttons and the About section (with its glossary and corrections log) alone, as {@html} blocks (markup.ts), and they are hydrated here one
// after another, a few milliseconds of work per task: the map first (it starts loading its data), the timeline
// and the buttons; then each section with its steps as the reader nears it (about a screen away), once its part
// of the story's data has loaded (storyIndex.ts), the deep-linked step's section at once. A section the reader
// never nears costs neither its data nor its hydration; it stays prerendered, readable and linked. The source list is an island that is never hydrated: it is plain
// links. Every island gets the page's context (../context.ts): the cursor, the locale, the sources.
//
// The {@html} block's value differs between server and client on purpose: the server renders the island's
// markup (the renderer given to the page context in build/entry-server.ts); the client gives the empty wrapper,
// and Svelte keeps the server's markup when hydrating ("the client value will be ignored in favour of the server
// value", Svelte's hydration_html_changed). When the page is rendered again on the client (after presentation
// mode), its wrappers are empty and the islands are mounted afresh (IslandRuntime.mount).
import { hydrate, mount, unmount, type Component } from 'svelte';
import type { IslandKind } from './markup.ts';
import { ABOUT_PART } from '../../model/bundle.ts';
import StepIsland from './StepIsland.svelte';
import MapIsland from './MapIsland.svelte';
import TimelineIsland from './TimelineIsland.svelte';
import ToolsIsland from './ToolsIsland.svelte';
import SectionIsland from './SectionIsland.svelte';
import SourcesIsland from './SourcesIsland.svelte';

type IslandComponent = Component<{ id: string }>;
/** The components of the islands near the first screen (the frame, the sections): with the page's script. */
const loaded: Partial<Record<IslandKind, IslandComponent>> = {
  section: SectionIsland,
  step: StepIsland,
  map: MapIsland,
  timeline: TimelineIsland,
  tools: ToolsIsland,
  sources: SourcesIsland,
};
/** The back matter's: their code comes when the reader nears them (their styles are the page's, story/backMatter.css).
 * The build renders every kind from registry.ts. */
const LATER: Partial<Record<IslandKind, () => Promise<{ default: IslandComponent }>>> = {
  about: () => import('./AboutIsland.svelte'),
  glossary: () => import('./GlossaryIsland.svelte'),
  corrections: () => import('./CorrectionsIsland.svelte'),
  data: () => import('./DataIsland.svelte'),
};
/** Brings the code of these kinds of island (all, by default) into the page. */
export function loadIslands(kinds: IslandKind[] = Object.keys(LATER) as IslandKind[]): Promise<void> {
  return Promise.all(
    kinds.filter((k) => !loaded[k] && LATER[k]).map((k) => LATER[k]!().then((m) => void (loaded[k] = m.default))),
  ).then(() => undefined);
}

/** The kinds the page hydrates. */
const HYDRATED = new Set<string>(['section', 'step', 'map', 'timeline', 'tools', 'about', 'glossary', 'corrections']);
/** The islands held by a section (its steps) or by About (its glossary and corrections log): they come with it. */
const INNER = new Set<string>(['step', 'glossary', 'corrections']);
/** Of those, the ones whose only live parts are footnote markers: with none in their markup (the corrections log
 * today), there is nothing to bring to life, and they stay as prerendered (hydrating the log was a 40 ms task at 4x). */
const TEXT_ONLY = new Set<string>(['glossary', 'corrections']);
/** An island that comes to life with the section or About holding it. */
const comesWith = (el: HTMLElement) => INNER.has(el.dataset.island!) && !(TEXT_ONLY.has(el.dataset.island!) && !el.querySelector('sup.ref'));
/** How near the viewport a section is brought to life: about a screen above or below it. */
const APPROACH = '100% 0px 100% 0px';

/**
 * Runs `f` in a task of its own after the next frame is drawn: one slice of hydration per frame. Back-to-back
 * timer tasks would run between two frames with no drawing in between, and several slices (and the drawing they
 * dirtied) made one long frame. A page that draws no frames (hidden, or a tab in the background) runs it anyway,
 * a little later.
 */
function later(f: () => void): void {
  if (typeof requestAnimationFrame !== 'function') return void setTimeout(f);
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    f();
  };
  requestAnimationFrame(() => setTimeout(run));
  setTimeout(run, 100);
}

/** The live islands of one page in the browser. */
export class IslandRuntime {
  #live = new Map<HTMLElement, Record<string, unknown>>();
  #pending: HTMLElement[] = [];
  #scheduled = false;
  #whenDone: (() => void)[] = [];
  #hydrated = new WeakSet<HTMLElement>();
  #woken = new Map<HTMLElement, Promise<void>>();
  #observer: IntersectionObserver | null = null;
  #started = false;
  #all = false;
  /** The element watched for each section or About island (its first child). */
  #boxOf = new Map<Element, HTMLElement>();

  /**
   * `context`: the page's (every island gets it); `root`: where the page's islands are; `loadPart`: brings a
   * part of the story's data into the page (a section's id, or "about"), see storyIndex.ts.
   */
  constructor(
    private context: Map<symbol, unknown>,
    private root: ParentNode = document,
    private loadPart: (key: string) => Promise<void> = () => Promise.resolve(),
  ) {}

  /**
   * Hydrates the page's frame (the map first, the timeline, the header's buttons) at once, and each section
   * (with its steps) and the About section as the reader nears it, or at once when the step `firstId` (a deep
   * link) is in it: its part of the story's data loads first. Resolves when the frame and the sections near the
   * viewport at the start are live. The rest stays prerendered, readable and linked, until the reader comes near.
   */
  hydrate(firstId?: string): Promise<void> {
    this.#started = true;
    const els = [...this.root.querySelectorAll<HTMLElement>('[data-island]')].filter(
      (el) => HYDRATED.has(el.dataset.island!) && !this.#hydrated.has(el) && !this.#pending.includes(el),
    );
    const parted = els.filter((el) => el.dataset.island === 'section' || el.dataset.island === 'about');
    const frame = els.filter((el) => !INNER.has(el.dataset.island!) && !parted.includes(el));
    const map = frame.findIndex((el) => el.dataset.island === 'map');
    if (map > 0) frame.unshift(...frame.splice(map, 1));
    const waits = [this.#enqueue(frame)];
    const first = firstId ? this.root.querySelector<HTMLElement>(`[data-island="step"][data-id="${CSS.escape(firstId)}"]`) : null;
    const firstSection = first?.parentElement?.closest<HTMLElement>('[data-island="section"]');
    if (firstSection) waits.push(this.#wake(firstSection, firstId));
    waits.push(this.#all ? Promise.all(parted.map((el) => this.#wake(el))).then(() => undefined) : this.#observe(parted));
    return Promise.all(waits).then(() => undefined);
  }

  /**
   * Brings the section of step `id` to life now, wherever the reader is: the active step must be live even when
   * its section was never near the viewport (a jump by the timeline, or a layout that shows one step at a time).
   */
  wakeStep(id: string): void {
    const step = this.root.querySelector<HTMLElement>(`[data-island="step"][data-id="${CSS.escape(id)}"]`);
    const section = step?.parentElement?.closest<HTMLElement>('[data-island="section"]');
    if (section && this.#started) void this.#wake(section, id);
  }

  /**
   * Every section now, whatever is in view: for a layout that shows one step at a time (the embed's stepper), where
   * the reader moves from step to step without scrolling and each must be live when it shows.
   */
  wakeAll(): void {
    this.#all = true;
    if (!this.#started) return;
    for (const el of this.root.querySelectorAll<HTMLElement>('[data-island="section"], [data-island="about"]')) void this.#wake(el);
  }

  /** Watches sections and About; resolves once those near the viewport at the start are live. */
  #observe(els: HTMLElement[]): Promise<void> {
    if (!els.length) return Promise.resolve();
    if (typeof IntersectionObserver === 'undefined') return Promise.all(els.map((el) => this.#wake(el))).then(() => undefined);
    return new Promise((resolve) => {
      let first = true;
      this.#observer ??= new IntersectionObserver(
        (entries) => {
          const near = entries.filter((e) => e.isIntersecting).map((e) => this.#boxOf.get(e.target)!);
          for (const e of entries) if (e.isIntersecting) this.#observer!.unobserve(e.target);
          const woken = Promise.all(near.map((el) => this.#wake(el)));
          if (first) {
            first = false;
            void woken.then(() => resolve());
          }
        },
        { rootMargin: APPROACH },
      );
      // An island's wrapper has no box of its own (display: contents): watch what it holds.
      for (const el of els) {
        const box = el.firstElementChild ?? el;
        this.#boxOf.set(box, el);
        this.#observer.observe(box);
      }
    });
  }

  /** Loads a section's (or About's) part of the data, then hydrates it and its steps (or parts), `firstId` first. */
  #wake(el: HTMLElement, firstId?: string): Promise<void> {
    let p = this.#woken.get(el);
    if (!p) {
      const key = el.dataset.island === 'about' ? ABOUT_PART : el.dataset.id!;
      p = this.loadPart(key).then(() => {
        const steps = [...el.querySelectorAll<HTMLElement>('[data-island]')].filter(comesWith);
        return loadIslands([el, ...steps].map((s) => s.dataset.island as IslandKind)).then(() => steps);
      }).then((steps) => {
        const i = steps.findIndex((s) => s.dataset.id === firstId);
        if (i > 0) steps.unshift(...steps.splice(i, 1));
        return this.#enqueue([el, ...steps]);
      });
      this.#woken.set(el, p);
    }
    return p;
  }

  /** Queues islands to hydrate, a few milliseconds of work per task; resolves when the queue has run dry. */
  #enqueue(els: HTMLElement[]): Promise<void> {
    this.#pending.push(...els.filter((el) => !this.#hydrated.has(el) && !this.#pending.includes(el)));
    const done = new Promise<void>((resolve) => this.#whenDone.push(resolve));
    if (!this.#scheduled) {
      this.#scheduled = true;
      later(this.#slice);
    }
    return done;
  }

  #slice = () => {
    const end = performance.now() + 5;
    while (this.#pending.length && performance.now() < end) {
      const el = this.#pending.shift()!;
      if (!el.isConnected || this.#hydrated.has(el)) continue;
      this.#hydrated.add(el);
      const component = loaded[el.dataset.island as IslandKind]!;
      this.#live.set(el, hydrate(component, { target: el, props: { id: el.dataset.id! }, context: this.context }) as Record<string, unknown>);
      // For tests and embedding scripts: this island is interactive.
      el.dataset.live = '';
    }
    if (this.#pending.length) {
      later(this.#slice);
      return;
    }
    this.#scheduled = false;
    const callbacks = this.#whenDone;
    this.#whenDone = [];
    for (const cb of callbacks) cb();
  };

  /** Before the page is taken down (presentation mode): stops every live island. */
  release(): void {
    this.#pending = [];
    this.#observer?.disconnect();
    this.#observer = null;
    for (const instance of this.#live.values()) void unmount(instance);
    this.#live.clear();
  }

  /**
   * After the page is rendered again on the client: mounts every island at once (its markup is gone), and then
   * the islands those bring (the steps inside each section).
   */
  mount(): void {
    for (let found = true; found; ) {
      found = false;
      for (const el of this.root.querySelectorAll<HTMLElement>('[data-island]')) {
        const component = loaded[el.dataset.island as IslandKind];
        // (Every kind's code is here once presentation mode has opened: it loads them, see loadIslands.)
        if (this.#live.has(el) || !component) continue;
        found = true;
        this.#hydrated.add(el);
        el.dataset.live = '';
        this.#live.set(el, mount(component, { target: el, props: { id: el.dataset.id! }, context: this.context }) as Record<string, unknown>);
      }
    }
  }
}
