// Build-time entry: renders the app to HTML with svelte/server so every step's text is in the page.
import { render } from 'svelte/server';
import App from '../lib/app/App.svelte';
import { createPageContext } from '../lib/app/context.ts';
import { ISLANDS } from '../lib/app/islands/islands.ts';
import { locales, story } from '../lib/app/storyIndex.ts';
import { writeStaticMaps } from './staticMaps.ts';
import { writeQrCodes } from './qrCodes.ts';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The edition's language, for <html lang>. */
export const lang = story.locale;

/**
 * The head's words and links for one edition: its title and description (from the story data), the other
 * editions as hreflang alternates, og:locale. `siteUrl` (KE_SITE_URL, the default edition's public address)
 * makes the alternates absolute, as search engines want them; without it they are relative.
 */
export function headTags(page: 'main' | 'embed', siteUrl = ''): string {
  const here = locales.find((l) => l.current)!;
  const base = siteUrl ? (siteUrl.endsWith('/') ? siteUrl : siteUrl + '/') : '';
  const hereUrl = base ? new URL(here.isDefault ? '' : `${here.code}/`, base).href : '';
  const abs = (href: string) => (hereUrl ? new URL(href, hereUrl).href : href);
  const tags = [`<title>${esc(story.title)}</title>`, `<meta name="description" content="${esc(story.dek)}" />`];
  if (page === 'main') {
    for (const l of locales) tags.push(`<link rel="alternate" hreflang="${l.code}" href="${esc(abs(l.href))}" />`);
    const def = locales.find((l) => l.isDefault);
    if (def) tags.push(`<link rel="alternate" hreflang="x-default" href="${esc(abs(def.href))}" />`);
    tags.push(`<meta property="og:locale" content="${here.og}" />`);
    for (const l of locales) if (!l.current) tags.push(`<meta property="og:locale:alternate" content="${l.og}" />`);
  }
  return tags.join('\n    ');
}

export function renderPage(page: 'main' | 'embed' = 'main', siteUrl = ''): { head: string; body: string } {
  // The sections and their steps, the map, the timeline, the header's buttons, About and the source list are
  // islands: rendered on their own, with the page's context (its cursor on the first step), so the client can
  // hydrate each on its own (lib/app/islands).
  const { context } = createPageContext((kind, id) => render(ISLANDS[kind], { props: { id }, context }).body);
  const { head, body } = render(App, { props: { page }, context });
  return { head: headTags(page, siteUrl) + head, body };
}

/**
 * After the pages are written: one static SVG per map state, dist/maps/<state-id>.svg (see StepFigure), and one
 * QR code per step for the handout, dist/qr/<step-id>.svg (with KE_SITE_URL only, see qrCodes.ts).
 */
export async function afterBuild(distDir: string): Promise<void> {
  await writeStaticMaps(distDir);
  await writeQrCodes(distDir);
}
