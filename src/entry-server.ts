// Build-time entry: renders the app to HTML with svelte/server so every step's text is in the page.
import { render } from 'svelte/server';
import App from './App.svelte';
import { writeStaticMaps } from './lib/map/staticMaps.ts';

export function renderPage(page: 'main' | 'embed' = 'main'): { head: string; body: string } {
  const { head, body } = render(App, { props: { page } });
  return { head, body };
}

/** After the pages are written: one static SVG per map state, dist/maps/<state-id>.svg (see StepFigure). */
export async function afterBuild(distDir: string): Promise<void> {
  await writeStaticMaps(distDir);
}
