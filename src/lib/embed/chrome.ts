// The embed page's own parts of the page (its host's protocol, its header), handed to the page by the embed's entry
// (src/embed.ts) and by the prerender of embed.html, so the site's own entry carries none of their code.
import EmbedHost from './EmbedHost.svelte';
import EmbedHeader from './EmbedHeader.svelte';

export const EMBED_CHROME = { Host: EmbedHost, Header: EmbedHeader };
export type EmbedChrome = typeof EMBED_CHROME;
