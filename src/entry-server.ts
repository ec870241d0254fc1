// Build-time entry: renders the app to HTML with svelte/server so every step's text is in the page.
import { render } from 'svelte/server';
import App from './App.svelte';

export function renderPage(page: 'main' | 'embed' = 'main'): { head: string; body: string } {
  const { head, body } = render(App, { props: { page } });
  return { head, body };
}
