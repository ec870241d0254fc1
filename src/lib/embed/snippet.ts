// The code a journalist pastes: built from the page's own address, so it is right wherever the site is hosted.
import { sectionPageFile } from '../model/urlOptions.ts';

export interface SnippetOptions {
  /** The page the snippet is made on (location.href): embed.html and embed.js are its siblings. */
  base: string;
  /** One section's id, or null for the whole story. */
  section: string | null;
  title: string;
  /** The words of AMP's overflow button (ui.embed.ampOverflow). */
  overflow: string;
  /** Initial height before the first resize message (px). */
  height?: number;
}

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export function embedUrl(base: string, section: string | null): string {
  const url = new URL('embed.html', base);
  if (section) url.searchParams.set('section', section);
  return url.href;
}

/** The recommended form: a plain iframe plus our loader (auto-height and the pinned map; no inline script). */
export function loaderSnippet({ base, section, title, height = 700 }: SnippetOptions): string {
  const src = embedUrl(base, section);
  const loader = new URL('embed.js', base).href;
  return (
    `<iframe src="${attr(src)}" title="${attr(title)}" data-karabakh-embed width="100%" height="${height}" ` +
    `style="width:100%;border:0" loading="lazy"></iframe>\n<script src="${attr(loader)}" async></script>`
  );
}

/** For pages that already use Pym.js: its auto-init form, with scroll tracking on. */
export function pymSnippet({ base, section, title }: SnippetOptions, pymSrc = 'https://pym.nprapps.org/pym.v1.min.js'): string {
  const src = embedUrl(base, section);
  return (
    `<div data-pym-src="${attr(src)}" data-pym-title="${attr(title)}" data-pym-trackscroll="true" data-pym-scrollwait="30"></div>\n` +
    `<script src="${attr(pymSrc)}"></script>`
  );
}

/**
 * WordPress (core oEmbed, no plugin): the edition's page address, pasted on a line of its own. WordPress finds our
 * oEmbed from the page and frames the embed: the whole story, or for one section that section's own page, whose
 * oEmbed frames that section alone.
 */
export function wordpressSnippet({ base, section }: SnippetOptions): string {
  // A section's own page names its own oEmbed (oembed-<id>.json, build/oembed.ts): WordPress embeds that section.
  return new URL(section ? sectionPageFile(section) : './', base).href;
}

/**
 * A fixed-height iframe and no script, for CMSes and LMSes that strip scripts: ?layout=stepper, so readers step
 * through the story inside the frame from the start (it would switch to the stepper by itself within a second).
 */
export function fixedSnippet({ base, section, title, height = 600 }: SnippetOptions): string {
  const url = new URL(embedUrl(base, section));
  url.searchParams.set('layout', 'stepper');
  return `<iframe src="${attr(url.href)}" title="${attr(title)}" width="100%" height="${height}" style="width:100%;border:0" loading="lazy"></iframe>`;
}

/** AMP: amp-iframe, resizable, with the overflow button AMP requires. */
export function ampSnippet({ base, section, title, overflow, height = 700 }: SnippetOptions): string {
  const src = embedUrl(base, section);
  return (
    `<amp-iframe src="${attr(src)}" title="${attr(title)}" layout="fixed-height" height="${height}" resizable ` +
    `sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox" frameborder="0">\n` +
    `  <button overflow type="button">${attr(overflow)}</button>\n</amp-iframe>`
  );
}
