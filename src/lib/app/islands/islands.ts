// Islands. Hydrating the whole page in one go is one long task (a few hundred ms on a phone), so the page
// (App.svelte) leaves the markup of each section (which leaves each of its steps), the map, the timeline, the
// header's buttons and the About section alone, as {@html} blocks (markup.ts), and they are hydrated here one
// after another, a few milliseconds of work per task: the map first (it starts loading its data), then the
// active step, then the rest in page order. The source list is an island that is never hydrated: it is plain
// links. Every island gets the page's context (../context.ts): the cursor, the locale, the sources.
//
// The {@html} block's value differs between server and client on purpose: the server renders the island's
// markup (the renderer given to the page context in build/entry-server.ts); the client gives the empty wrapper,
// and Svelte keeps the server's markup when hydrating ("the client value will be ignored in favour of the server
// value", Svelte's hydration_html_changed). When the page is rendered again on the client (after presentation
// mode), its wrappers are empty and the islands are mounted afresh (IslandRuntime.mount).
import { hydrate, mount, unmount, type Component } from 'svelte';
import type { IslandKind } from './markup.ts';
import StepIsland from './StepIsland.svelte';
import AboutIsland from './AboutIsland.svelte';
import SourcesIsland from './SourcesIsland.svelte';
import MapIsland from './MapIsland.svelte';
import TimelineIsland from './TimelineIsland.svelte';
import ToolsIsland from './ToolsIsland.svelte';
import SectionIsland from './SectionIsland.svelte';
import DataIsland from './DataIsland.svelte';

/** Every kind's component: the build renders them all (and the page's styles come with them). */
export const ISLANDS: Record<IslandKind, Component<{ id: string }>> = {
  section: SectionIsland,
  step: StepIsland,
  map: MapIsland,
  timeline: TimelineIsland,
  tools: ToolsIsland,
  about: AboutIsland,
  sources: SourcesIsland,
  data: DataIsland,
};
/** The kinds the page hydrates. */
const HYDRATED = new Set<string>(['section', 'step', 'map', 'timeline', 'tools', 'about']);

/** The live islands of one page in the browser. */
export class IslandRuntime {
  #live = new Map<HTMLElement, Record<string, unknown>>();
  #pending: HTMLElement[] = [];
  #scheduled = false;
  #whenDone: (() => void)[] = [];
  #hydrated = new WeakSet<HTMLElement>();

  /** `context`: the page's (every island gets it); `root`: where the page's islands are. */
  constructor(
    private context: Map<symbol, unknown>,
    private root: ParentNode = document,
  ) {}

  /**
   * Hydrates every island not yet live, the map first and then the step `firstId`, in slices of about 5 ms of work
   * per task; resolves when all are live.
   */
  hydrate(firstId?: string): Promise<void> {
    const els = [...this.root.querySelectorAll<HTMLElement>('[data-island]')].filter(
      (el) => HYDRATED.has(el.dataset.island!) && !this.#hydrated.has(el) && !this.#pending.includes(el),
    );
    for (const wanted of [(el: HTMLElement) => el.dataset.island === 'step' && el.dataset.id === firstId, (el: HTMLElement) => el.dataset.island === 'map']) {
      const i = els.findIndex(wanted);
      if (i > 0) els.unshift(...els.splice(i, 1));
    }
    this.#pending.push(...els);
    const done = new Promise<void>((resolve) => this.#whenDone.push(resolve));
    if (!this.#scheduled) {
      this.#scheduled = true;
      setTimeout(this.#slice);
    }
    return done;
  }

  #slice = () => {
    const end = performance.now() + 5;
    while (this.#pending.length && performance.now() < end) {
      const el = this.#pending.shift()!;
      if (!el.isConnected || this.#hydrated.has(el)) continue;
      this.#hydrated.add(el);
      const component = ISLANDS[el.dataset.island as IslandKind];
      this.#live.set(el, hydrate(component, { target: el, props: { id: el.dataset.id! }, context: this.context }) as Record<string, unknown>);
    }
    if (this.#pending.length) {
      setTimeout(this.#slice);
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
        if (this.#live.has(el)) continue;
        found = true;
        this.#hydrated.add(el);
        const component = ISLANDS[el.dataset.island as IslandKind];
        this.#live.set(el, mount(component, { target: el, props: { id: el.dataset.id! }, context: this.context }) as Record<string, unknown>);
      }
    }
  }
}
