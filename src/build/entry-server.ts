// Build-time entry: renders the app to HTML with svelte/server so every step's text is in the page.
import { render } from 'svelte/server';
import App from '../lib/app/App.svelte';
import { createPageContext } from '../lib/app/context.ts';
import { ISLANDS } from '../lib/app/islands/islands.ts';
import { writeStaticMaps } from './staticMaps.ts';

export function renderPage(page: 'main' | 'embed' = 'main'): { head: string; body: string } {
  // The sections and their steps, the map, the timeline, the header's buttons, About and the source list are
  // islands: rendered on their own, with the page's context (its cursor on the first step), so the client can
  // hydrate each on its own (lib/app/islands).
  const { context } = createPageContext((kind, id) => render(ISLANDS[kind], { props: { id }, context }).body);
  const { head, body } = render(App, { props: { page }, context });
  return { head, body };
}

/** After the pages are written: one static SVG per map state, dist/maps/<state-id>.svg (see StepFigure). */
export async function afterBuild(distDir: string): Promise<void> {
  await writeStaticMaps(distDir);
}
