// The active step: one index into the steps shown, and everything about the active step derived from it once.
// The page's scroll engine, the embed's host-driven engine and presentation mode write the index (go, goTo,
// fromHash); the islands and the map only read it. One per page, handed down by Svelte context, so the walk is
// one way: scroll → cursor → map. The URL's hash follows it (followHash, writeHash: the one place that writes it).
import { getContext, setContext } from 'svelte';
import { flattenSteps, type FlatStep } from '../model/steps.ts';
import { stepIndexFromHash } from '../model/urlOptions.ts';
import type { Story } from '../model/schema.ts';
import type { MapState } from '../model/mapStateSchema.ts';

export class Cursor {
  /** The section shown (?section=), or null for the whole story. Setting it starts again at its first step. */
  #section = $state<string | null>(null);
  #index = $state(0);
  /** The steps shown, in reading order: what the index counts through. */
  readonly steps: FlatStep[];
  readonly ids: string[];
  /** The active step and its section. */
  readonly current: FlatStep;
  readonly id: string;
  /** The map state the active step shows. */
  readonly mapState: MapState;
  /** The map states of the steps shown, in order (the map prepares them ahead). */
  readonly mapStates: MapState[];
  /** Each step's place in the whole story. */
  readonly #order: Map<string, number>;

  constructor(
    readonly story: Story,
    readonly states: ReadonlyMap<string, MapState>,
  ) {
    this.#order = new Map(story.sections.flatMap((s) => s.steps).map((s, i) => [s.id, i]));
    this.steps = $derived(flattenSteps(story, this.#section));
    this.ids = $derived(this.steps.map((s) => s.step.id));
    this.current = $derived(this.steps[Math.min(this.#index, this.steps.length - 1)]);
    this.id = $derived(this.current.step.id);
    this.mapState = $derived(states.get(this.current.step.map)!);
    this.mapStates = $derived(this.steps.map((s) => states.get(s.step.map)!));
  }

  get index(): number {
    return Math.min(this.#index, this.steps.length - 1);
  }
  get section(): string | null {
    return this.#section;
  }
  set section(id: string | null) {
    if (id === this.#section) return;
    this.#section = id;
    this.#index = 0;
  }
  /** The number of steps shown. */
  get length(): number {
    return this.steps.length;
  }

  /** Makes the step at `index` (clamped to the steps shown) active. */
  go(index: number): void {
    this.#index = Math.min(Math.max(0, Math.round(index) || 0), this.steps.length - 1);
  }
  /** Makes the step with this id active; false (and nothing changes) when it is not shown. */
  goTo(id: string): boolean {
    const i = this.ids.indexOf(id);
    if (i >= 0) this.go(i);
    return i >= 0;
  }
  /** Makes the step a URL hash names active; false (and nothing changes) for any other hash. */
  fromHash(hash: string): boolean {
    const i = stepIndexFromHash(hash, this.ids);
    if (i >= 0) this.go(i);
    return i >= 0;
  }
  isActive(id: string): boolean {
    return id === this.id;
  }
  /** Whether the reader is past this step: a later step of the story is active. */
  isPassed(id: string): boolean {
    return (this.#order.get(id) ?? -1) < (this.#order.get(this.id) ?? 0);
  }
}

/** Puts the step in the URL's hash without adding a history entry (and leaves the URL alone when it is there). */
export function writeHash(id: string): void {
  let now = location.hash.slice(1);
  try {
    now = decodeURIComponent(now);
  } catch {
    // A malformed hash is simply replaced.
  }
  if (now !== id) history.replaceState(history.state, '', '#' + encodeURIComponent(id));
}

/**
 * Keeps the URL's hash on the active step, once `ready()` (the page has read the hash it was opened with). Call
 * while a component initialises; the page calls it once, for every mode.
 */
export function followHash(cursor: Cursor, ready: () => boolean = () => true): void {
  $effect(() => {
    const id = cursor.id;
    if (ready()) writeHash(id);
  });
}

const KEY = Symbol('cursor');
/** Context entry for mount/hydrate/render's `context` map. */
export const cursorEntry = (cursor: Cursor): [symbol, Cursor] => [KEY, cursor];
export const setCursor = (cursor: Cursor) => setContext(KEY, cursor);
export const getCursor = () => getContext<Cursor>(KEY);
