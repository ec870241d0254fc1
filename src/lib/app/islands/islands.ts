// Islands. Hydrating the whole page in one go is one long task (a few hundred ms on a phone), so the page
// (App.svelte) leaves the markup of each section (which leaves each of its steps), the map, the timeline, the
// header's buttons and the About section alone, as {@html} blocks (markup.ts), and they are hydrated here one
// after another, a few milliseconds of work per task: the map first (it starts loading its data), then the
// active step, then the rest in page order. The source list is an island that is never hydrated: it is plain
// links. Islands share state with the page through lib/app/current.svelte.ts.
//
// The {@html} block's value differs between server and client on purpose: the server renders the island's
// markup (setIslandRenderer, from entry-server.ts); the client gives the empty wrapper, and Svelte keeps the
// server's markup when hydrating ("the client value will be ignored in favour of the server value", Svelte's
// hydration_html_changed). When the page is rendered again on the client (after presentation mode), its
// wrappers are empty and the islands are mounted afresh (mountIslands).
import { hydrate, mount, unmount, type Component } from 'svelte';
import type { IslandKind } from './markup.ts';
export { islandHtml, setIslandRenderer } from './markup.ts';
export type { IslandKind };
import StepIsland from './StepIsland.svelte';
import AboutIsland from './AboutIsland.svelte';
import SourcesIsland from './SourcesIsland.svelte';
import MapIsland from './MapIsland.svelte';
import TimelineIsland from './TimelineIsland.svelte';
import ToolsIsland from './ToolsIsland.svelte';
import SectionIsland from './SectionIsland.svelte';

/** Every kind's component: the build renders them all (and the page's styles come with them). */
export const ISLANDS: Record<IslandKind, Component<{ id: string }>> = {
  section: SectionIsland,
  step: StepIsland,
  map: MapIsland,
  timeline: TimelineIsland,
  tools: ToolsIsland,
  about: AboutIsland,
  sources: SourcesIsland,
};
/** The kinds the page hydrates. */
const HYDRATED = new Set<string>(['section', 'step', 'map', 'timeline', 'tools', 'about']);

const live = new Map<HTMLElement, Record<string, unknown>>();

let pending: HTMLElement[] = [];
let scheduled = false;
let whenDone: (() => void)[] = [];
const hydrated = new WeakSet<HTMLElement>();

/**
 * Hydrates every island under `root` not yet live, the map first and then the step `firstId`, in slices of about
 * 5 ms of work per task; resolves when all are live.
 */
export function hydrateIslands(root: ParentNode = document, firstId?: string): Promise<void> {
  const els = [...root.querySelectorAll<HTMLElement>('[data-island]')].filter(
    (el) => HYDRATED.has(el.dataset.island!) && !hydrated.has(el) && !pending.includes(el),
  );
  for (const wanted of [(el: HTMLElement) => el.dataset.island === 'step' && el.dataset.id === firstId, (el: HTMLElement) => el.dataset.island === 'map']) {
    const i = els.findIndex(wanted);
    if (i > 0) els.unshift(...els.splice(i, 1));
  }
  pending.push(...els);
  const done = new Promise<void>((resolve) => whenDone.push(resolve));
  if (!scheduled) {
    scheduled = true;
    setTimeout(slice);
  }
  return done;
}

function slice() {
  const end = performance.now() + 5;
  while (pending.length && performance.now() < end) {
    const el = pending.shift()!;
    if (!el.isConnected || hydrated.has(el)) continue;
    hydrated.add(el);
    const component = ISLANDS[el.dataset.island as IslandKind];
    live.set(el, hydrate(component, { target: el, props: { id: el.dataset.id! } }) as Record<string, unknown>);
  }
  if (pending.length) {
    setTimeout(slice);
    return;
  }
  scheduled = false;
  const callbacks = whenDone;
  whenDone = [];
  for (const cb of callbacks) cb();
}

/** Before the page is taken down (presentation mode): stop every live island. */
export function releaseIslands(): void {
  pending = [];
  for (const instance of live.values()) void unmount(instance);
  live.clear();
}

/**
 * After the page is rendered again on the client: mounts every island under `root` at once (its markup is gone),
 * and then the islands those bring (the steps inside each section).
 */
export function mountIslands(root: ParentNode = document): void {
  for (let found = true; found; ) {
    found = false;
    for (const el of root.querySelectorAll<HTMLElement>('[data-island]')) {
      if (live.has(el)) continue;
      found = true;
      hydrated.add(el);
      live.set(el, mount(ISLANDS[el.dataset.island as IslandKind], { target: el, props: { id: el.dataset.id! } }) as Record<string, unknown>);
    }
  }
}
