// oEmbed discovery (https://oembed.com): oembed.json, written at build, describes the embed so a CMS that
// speaks oEmbed can insert it from the page's address. Absolute URLs need the site's public address:
// KE_SITE_URL at build (e.g. https://example.org/karabakh/); without it the URLs are relative to the site.
import type { Plugin } from 'vite';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readEditions } from '../../scripts/editions.mjs';
import { sectionOembedFile } from '../lib/model/urlOptions.ts';

export interface OEmbed {
  type: 'rich';
  version: '1.0';
  title: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
  cache_age: number;
  /** The story's social card (cards/index.png, src/build/cards.ts): oEmbed asks for its size with it. */
  thumbnail_url: string;
  thumbnail_width: number;
  thumbnail_height: number;
}

/**
 * The whole story's oEmbed, or with `section` one section's: its embed (embed.html?section=<id>), its title
 * ("<section> — <story>") and its card.
 */
export function oembedJson(siteUrl: string, title: string, section?: { id: string; title: string }): OEmbed {
  const base = siteUrl ? (siteUrl.endsWith('/') ? siteUrl : siteUrl + '/') : '';
  const src = section ? `embed.html?section=${encodeURIComponent(section.id)}` : 'embed.html';
  if (section) title = `${section.title} — ${title}`;
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return {
    type: 'rich',
    version: '1.0',
    title,
    provider_name: 'Karabakh Explained',
    provider_url: base || './',
    html:
      `<iframe src="${esc(base + src)}" title="${esc(title)}" data-karabakh-embed width="100%" height="700" ` +
      `style="width:100%;border:0" loading="lazy"></iframe><script src="${esc(base)}embed.js" async></script>`,
    width: 800,
    height: 700,
    cache_age: 86400,
    thumbnail_url: `${base}cards/${section ? `section-${section.id}` : 'index'}.png`,
    thumbnail_width: 1200,
    thumbnail_height: 630,
  };
}

/** Vite plugin: emits oembed.json with the story's title, and oembed-<id>.json for each section's own page. */
export function oembedPlugin(root: string): Plugin {
  return {
    name: 'karabakh-oembed',
    apply: 'build',
    generateBundle() {
      // One oembed.json per edition, in its folder: its title, and its own embed page.
      const edition = readEditions(resolve(root, 'data')).find((e) => (process.env.KE_LOCALE ? e.code === process.env.KE_LOCALE : e.isDefault))!;
      const locale = edition.code;
      const story = JSON.parse(readFileSync(resolve(root, `data/story.${locale}.json`), 'utf8')) as { title?: string; sections?: { id: string; title: string }[] };
      const site = process.env.KE_SITE_URL ?? '';
      const base = site && edition.dir ? new URL(`${edition.dir}/`, site.endsWith('/') ? site : site + '/').href : site;
      const json = oembedJson(base, story.title ?? 'Karabakh Explained');
      this.emitFile({ type: 'asset', fileName: 'oembed.json', source: JSON.stringify(json, null, 2) + '\n' });
      for (const section of story.sections ?? []) {
        const one = oembedJson(base, story.title ?? 'Karabakh Explained', section);
        this.emitFile({ type: 'asset', fileName: sectionOembedFile(section.id), source: JSON.stringify(one, null, 2) + '\n' });
      }
    },
  };
}
