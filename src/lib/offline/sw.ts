/// <reference lib="webworker" />
// The site's service worker (built by src/build/offline.ts into dist/sw.js with Workbox's precaching, routing and
// strategies bundled in: nothing loads from a CDN). Its manifest lists every edition's page, scripts, styles, map file
// and static maps, each with a revision (a hash of its content), so a new build downloads only what changed.
//
// - Pages (navigations): the network first, so a reader online always gets the newest build on the next load;
//   the precached copy only when the network fails or gives no answer within 4 s (school Wi-Fi that is "connected"
//   but dead). `?present`, `?section=` and `#step` are the same page: the copy ignores the query.
// - Everything else in the manifest: from the precache (hashed file names, or a revision that changes with the file).
// - A new build: the browser sees a new sw.js, which downloads the changed files in the background; it takes over
//   once no tab runs the old one (no skipWaiting), so an open page never loses the lazily loaded code it was built
//   with, and the next visit, online or not, uses the new cache. Outdated entries are deleted then.
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { NetworkOnly } from 'workbox-strategies';
import { clientsClaim } from 'workbox-core';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (string | { url: string; revision: string | null })[] };

/** The precached page for a navigation: its folder's index.html, whatever the query or hash. */
export function pageKey(href: string): string {
  const url = new URL(href);
  url.search = '';
  url.hash = '';
  if (url.pathname.endsWith('/')) url.pathname += 'index.html';
  return url.href;
}

registerRoute(
  new NavigationRoute(
    new NetworkOnly({
      networkTimeoutSeconds: 4,
      plugins: [{ handlerDidError: async ({ request }) => (await matchPrecache(pageKey(request.url))) ?? Response.error() }],
    }),
  ),
);
precacheAndRoute(self.__WB_MANIFEST, { ignoreURLParametersMatching: [/.*/], directoryIndex: 'index.html', cleanURLs: false });
cleanupOutdatedCaches();
// The first visit's own page too: once the cache is filled, its later requests (presentation mode's code, a
// figure for print) are answered from it if the connection drops during the lesson.
clientsClaim();
