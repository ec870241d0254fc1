// Build-time entry: renders the app to HTML with svelte/server so every step's text is in the page.
import { render } from 'svelte/server';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { meta } from 'virtual:story';
import App from '../lib/app/App.svelte';
import { createPageContext } from '../lib/app/context.ts';
import { ISLANDS } from '../lib/app/islands/registry.ts';
import { locales, sources, statesById, story, ui } from '../lib/app/storyIndex.ts';
import { staticSvg, writeStaticMaps } from './staticMaps.ts';
import { summary, DATA_DIR } from './downloads.ts';
import { cardSvg, findCardFonts, renderCard, CARD_H, CARD_W, type CardJob } from './cards.ts';
import { sectionOembedFile, sectionPageFile } from '../lib/model/urlOptions.ts';
import { EMBED_CHROME } from '../lib/embed/chrome.ts';
import { renderAsPack } from '../lib/offline/pack.ts';
import { writeQrCodes } from './qrCodes.ts';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const fill = (t: string, v: Record<string, string>) => t.replace(/\{(\w+)\}/g, (m, k: string) => v[k] ?? m);

/** The edition's language, for <html lang>. */
export const lang = story.locale;

/** A page of the edition: the story (index.html), or one section's page (section-<id>.html, see sectionPages). */
export interface PageSpec {
  /** The file, relative to the edition's folder ('' for index.html). */
  file: string;
  /** The section's id, for a section's page. */
  section?: string;
  title: string;
  description: string;
  /** Its social card, relative to the edition's folder. */
  card: string;
  /** The map state the card shows. */
  mapState: string;
}

/** The story's own page and one page per section, each with its words and its card. */
export function pages(): PageSpec[] {
  const first = story.sections[0].steps[0];
  const main: PageSpec = { file: '', title: story.title, description: story.dek, card: 'cards/index.png', mapState: first.map };
  return [
    main,
    ...story.sections.map((s) => ({
      file: sectionPageFile(s.id),
      section: s.id,
      title: `${s.title} — ${story.title}`,
      description: summary(s.steps[0].text[0]),
      card: `cards/section-${s.id}.png`,
      mapState: s.steps[0].map,
    })),
  ];
}

/** The pages of the sections, for the build (scripts/build.mjs writes each from index.html). */
export function sectionPages(): { id: string; file: string; oembed: string }[] {
  return pages()
    .filter((p) => p.section)
    .map((p) => ({ id: p.section!, file: p.file, oembed: sectionOembedFile(p.section!) }));
}

/**
 * JSON-LD for a page: the NewsArticle (headline, dates from the corrections log, language, the project as author
 * and publisher, the card as image) and the Dataset of the downloads. A data block, never executed: the strict CSP
 * has nothing to allow for it.
 */
export function jsonLd(spec: PageSpec, abs: (href: string) => string): object {
  const project = { '@type': 'Organization', name: ui.share.siteName, url: abs('./') };
  const url = abs(spec.file || './');
  const formats: Record<string, string> = { csv: 'text/csv', json: 'application/json', geojson: 'application/geo+json', zip: 'application/zip' };
  // The files (the GeoJSON of each map state is in the zip, and listed on the page).
  const distribution = meta.downloads.filter((d) => !d.files).map((f) => ({ '@type': 'DataDownload', name: f.path.replace(`${DATA_DIR}/`, ''), contentUrl: abs(f.path), encodingFormat: formats[f.path.split('.').pop()!] ?? 'application/octet-stream', contentSize: `${f.size} B` }));
  return {
    '@context': 'https://schema.org',
    '@graph': [
      {
        '@type': 'NewsArticle',
        headline: spec.title.length > 110 ? spec.title.slice(0, 109) + '…' : spec.title,
        description: spec.description,
        datePublished: meta.published,
        dateModified: meta.modified,
        inLanguage: story.locale,
        author: project,
        publisher: project,
        image: [abs(spec.card)],
        url,
        mainEntityOfPage: url,
        isAccessibleForFree: true,
      },
      {
        '@type': 'Dataset',
        name: `${ui.data.title}: ${story.title}`,
        description: ui.data.intro,
        url: abs(`${spec.file}#downloads`),
        inLanguage: story.locale,
        creator: project,
        publisher: project,
        license: 'https://opensource.org/licenses/MIT',
        isAccessibleForFree: true,
        dateModified: meta.modified,
        distribution,
      },
    ],
  };
}

/**
 * The head's words and links for one page of the edition: its title and description, the other editions as
 * hreflang alternates, og:locale, the social tags (Open Graph, Twitter, article dates from the corrections log,
 * the page's card) and the JSON-LD. `siteUrl` (KE_SITE_URL, the default edition's public address) makes the
 * alternates and the card's address absolute, as search engines and social networks want them; without it they
 * are relative.
 */
export function headTags(page: 'main' | 'embed', siteUrl = '', section?: string): string {
  const here = locales.find((l) => l.current)!;
  const base = siteUrl ? (siteUrl.endsWith('/') ? siteUrl : siteUrl + '/') : '';
  const hereUrl = base ? new URL(here.isDefault ? '' : `${here.code}/`, base).href : '';
  const abs = (href: string) => (hereUrl ? new URL(href, hereUrl).href : href);
  const spec = pages().find((p) => p.section === section) ?? pages()[0];
  const title = page === 'main' ? spec.title : story.title;
  const description = page === 'main' ? spec.description : story.dek;
  const tags = [`<title>${esc(title)}</title>`, `<meta name="description" content="${esc(description)}" />`];
  if (page === 'main') {
    for (const l of locales) tags.push(`<link rel="alternate" hreflang="${l.code}" href="${esc(abs(l.href + spec.file))}" />`);
    const def = locales.find((l) => l.isDefault);
    if (def) tags.push(`<link rel="alternate" hreflang="x-default" href="${esc(abs(def.href + spec.file))}" />`);
    tags.push(`<meta property="og:locale" content="${here.og}" />`);
    for (const l of locales) if (!l.current) tags.push(`<meta property="og:locale:alternate" content="${l.og}" />`);
    const state = statesById.get(spec.mapState);
    const alt = fill(ui.share.cardAlt, { map: state?.title ?? '', title: spec.title, site: ui.share.siteName });
    const prop = (p: string, c: string) => tags.push(`<meta property="${p}" content="${esc(c)}" />`);
    const name = (n: string, c: string) => tags.push(`<meta name="${n}" content="${esc(c)}" />`);
    prop('og:type', 'article');
    prop('og:site_name', ui.share.siteName);
    prop('og:title', spec.title);
    prop('og:description', spec.description);
    if (hereUrl) prop('og:url', abs(spec.file || './'));
    prop('og:image', abs(spec.card));
    prop('og:image:type', 'image/png');
    prop('og:image:width', String(CARD_W));
    prop('og:image:height', String(CARD_H));
    prop('og:image:alt', alt);
    if (meta.published) prop('article:published_time', meta.published);
    if (meta.modified) prop('article:modified_time', meta.modified);
    name('twitter:card', 'summary_large_image');
    name('twitter:image:alt', alt);
    const ld = JSON.stringify(jsonLd(spec, abs)).replace(/</g, '\\u003c');
    tags.push(`<script type="application/ld+json">${ld}</script>`);
  }
  return tags.join('\n    ');
}

/** `pack`: rendered for the one-file classroom pack (scripts/pack.mjs), whose links name the other packs. */
export function renderPage(page: 'main' | 'embed' = 'main', siteUrl = '', pack = false): { head: string; body: string; svelteHead: string } {
  if (pack) return renderAsPack(() => renderPage(page, siteUrl));
  // The sections and their steps, the map, the timeline, the header's buttons, About and the source list are
  // islands: rendered on their own, with the page's context (its cursor on the first step), so the client can
  // hydrate each on its own (lib/app/islands).
  const { context } = createPageContext((kind, id) => render(ISLANDS[kind], { props: { id }, context }).body);
  const { head, body } = render(App, { props: { page, chrome: page === 'embed' ? EMBED_CHROME : undefined }, context });
  return { head: headTags(page, siteUrl) + head, body, svelteHead: head };
}

/**
 * After the pages are written: one static SVG per map state, dist/maps/<state-id>.svg (see StepFigure), and the
 * social cards, cards/index.png and cards/section-<id>.png, and one QR code per step for the handout,
 * dist/qr/<step-id>.svg (with KE_SITE_URL only, see qrCodes.ts). The cards are drawn here and rendered to PNG off the
 * main thread: `cards` settles when they are written (the build awaits it at the end). `log` says what it did.
 */
export async function afterBuild(distDir: string): Promise<{ log: string; cards: Promise<unknown> }> {
  const base = await writeStaticMaps(distDir);
  await writeQrCodes(distDir);
  const fonts = findCardFonts();
  if (!fonts.files) {
    console.warn(`\nWarning: no social cards for "${story.locale}": ${fonts.why}.`);
    return { log: 'no cards', cards: Promise.resolve() };
  }
  const jobs: CardJob[] = pages().map((p) => ({
    file: p.card,
    state: statesById.get(p.mapState)!,
    // The edition's own name on top; the section's name and the first line of its story (or the title and the dek).
    text: p.section
      ? { site: story.title, title: story.sections.find((s) => s.id === p.section)!.title, sub: p.description }
      : { site: ui.app.kicker, title: story.title, sub: story.dek },
  }));
  await mkdir(join(distDir, 'cards'), { recursive: true });
  const t0 = performance.now();
  const cards = Promise.all(
    jobs.map(async (job) => {
      const map = staticSvg(base, job.state, sources, ui.mapUi, { width: CARD_W - 470, height: CARD_H });
      const svg = cardSvg(map, job.text, fonts.family);
      if (process.env.KE_CARD_DEBUG) await writeFile(join(process.env.KE_CARD_DEBUG, `${story.locale}-${job.file.replace(/\W/g, '_')}.svg`), svg);
      await writeFile(join(distDir, job.file), await renderCard(svg, fonts));
    }),
  ).then(() => console.log(`  ${story.locale}: ${jobs.length} social cards rendered in ${Math.round(performance.now() - t0)} ms (in the background)`));
  return { log: `${jobs.length} cards started`, cards };
}
