// Loads the live map after the page's first paint: its code (one lazily loaded chunk, mapRuntime.ts) and its data
// file, relative to the page (so index.html and embed.html both work), already projected by the build. A page
// opened for print (a print-to-PDF tool) shows each step's static map, not this one: it loads only once the page
// comes to the screen.
import type { BaseMap } from './geo.ts';
import { packedMapText } from '../offline/pack.ts';

export type MapRuntime = typeof import('./mapRuntime.ts');
export interface LoadedMap {
  base: BaseMap;
  rt: MapRuntime;
}

/** Starts loading (`before` alongside); calls `done` with the map, or `failed` if the file is missing or not a map. Returns a canceller. */
export function loadMap(src: string, done: (map: LoadedMap) => void, failed: () => void, before?: () => Promise<void>): () => void {
  let cancelled = false;
  const load = async () => {
    try {
      // `before`: what else the map waits for (the map states whole, storyIndex's MAP_PART). The one-file pack carries
      // the map file in the document (file:// pages cannot fetch a file beside them).
      const packed = packedMapText();
      const [rt, text] = await Promise.all([import('./mapRuntime.ts'), packed ?? fetchText(new URL(src, document.baseURI)), before?.()]);
      const base = await rt.decodeBaseMap(text);
      // Drawing starts in a task of its own, apart from reading the file.
      await new Promise((resolve) => setTimeout(resolve));
      if (!cancelled) done({ base, rt });
    } catch {
      if (!cancelled) failed();
    }
  };
  // Not before first paint: the text comes first, and the panel shows the state's static picture meanwhile
  // (panel.ts). Then on the reader's first scroll or interaction, or once the browser is idle, whichever is first.
  let started = false;
  const go = () => {
    if (started) return;
    started = true;
    for (const e of EVENTS) removeEventListener(e, go);
    // Marked, so the bench can tell the first view's scripts from the live map's (scripts/bench.mjs).
    performance.mark?.('ke:live-map');
    void load();
  };
  const idle = (window as { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number }).requestIdleCallback;
  const start = () => {
    for (const e of EVENTS) addEventListener(e, go, { passive: true });
    if (idle) idle(go, { timeout: 1500 });
    else setTimeout(go, 1);
  };
  const print = typeof matchMedia === 'function' ? matchMedia('print') : null;
  const onchange = () => {
    if (print?.matches) return;
    print?.removeEventListener('change', onchange);
    start();
  };
  if (print?.matches) print.addEventListener('change', onchange);
  else start();
  return () => {
    cancelled = true;
    started = true;
    for (const e of EVENTS) removeEventListener(e, go);
    print?.removeEventListener('change', onchange);
  };
}

/** What counts as the reader's first interaction. */
const EVENTS = ['scroll', 'pointerdown', 'keydown', 'touchstart', 'wheel'] as const;

async function fetchText(url: URL): Promise<string> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return res.text();
}

/** Runs `tasks` one per idle callback (or short timeout where there is none), in order. Returns a canceller. */
export function eachIdle(tasks: (() => void)[]): () => void {
  const hasIdle = typeof requestIdleCallback === 'function';
  const idle = (cb: () => void): number => (hasIdle ? requestIdleCallback(cb, { timeout: 2000 }) : Number(setTimeout(cb, 50)));
  const todo = [...tasks];
  let handle = 0;
  const next = () => {
    todo.shift()?.();
    if (todo.length) handle = idle(next);
  };
  if (todo.length) handle = idle(next);
  return () => (hasIdle ? cancelIdleCallback(handle) : clearTimeout(handle));
}

/**
 * The live map's first drawing in four tasks rather than one long one: the sea, countries and borders (stage 0);
 * the other layers (1); placing the labels (`place`); then drawing them with the furniture (2). Returns a canceller.
 */
export function drawInStages(set: (stage: 1 | 2) => void, place: () => void): () => void {
  let id = setTimeout(() => {
    set(1);
    id = setTimeout(() => {
      place();
      id = setTimeout(() => set(2));
    });
  });
  return () => clearTimeout(id);
}
