// Build-time entry: renders the app to HTML with svelte/server so every step's text is in the page.
import { render } from 'svelte/server';
import App from '../lib/app/App.svelte';
import { writeStaticMaps } from './staticMaps.ts';
import { ISLANDS, setIslandRenderer, type IslandKind } from '../lib/app/islands/islands.ts';

export function renderPage(page: 'main' | 'embed' = 'main'): { head: string; body: string } {
  // The sections and their steps, the map, the timeline, the header's buttons, About and the source list are
  // islands: rendered on their own, so the client can hydrate each on its own (lib/app/islands). App.svelte marks the
  // first step active before they render.
  setIslandRenderer((kind: IslandKind, id: string) => render(ISLANDS[kind], { props: { id } }).body);
  try {
    const { head, body } = render(App, { props: { page } });
    return { head, body };
  } finally {
    setIslandRenderer(null);
  }
}

/** After the pages are written: one static SVG per map state, dist/maps/<state-id>.svg (see StepFigure). */
export async function afterBuild(distDir: string): Promise<void> {
  await writeStaticMaps(distDir);
}
