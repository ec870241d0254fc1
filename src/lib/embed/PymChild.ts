// The embed's side of the host protocols, so the iframe is always as tall as its content: Pym.js height messages
// (and replies to the parent's `width`), AMP's embed-size and Embedly/Medium's iframe.resize. It also passes on the
// host's viewport messages (Pym's `viewport-iframe-position`, sent by Pym with trackscroll or by our loader, embed.js),
// and, in a WordPress post, WordPress's own height and link messages.
// Only when framed; only messages from the parent window, in the exact formats, are read.
import { ampSize, iframeResize, parsePym, parseViewport, parseWidth, pymMessage, safeChildId, wpHeight, wpLink, wpSecret, type HostViewport } from './messages.ts';

export interface PymChildOptions {
  /** Called with every well-formed viewport message from the host. */
  onviewport?: (vp: HostViewport) => void;
  /** The hash the host gave the page's address (default: the current one). */
  hostHash?: string;
}

export interface PymChild {
  readonly id: string;
  /** Sends the current height now (if it changed, or always with force). */
  sendHeight(force?: boolean): void;
  stop(): void;
}

/** The embed's content height in px (the root element's box: body margins and all). */
export function contentHeight(): number {
  return Math.ceil(document.documentElement.getBoundingClientRect().height);
}

export function startPymChild(opts: PymChildOptions = {}): PymChild | null {
  if (window.parent === window) return null;
  const id = safeChildId(new URLSearchParams(location.search.slice(0, 2000)).get('childId'));
  const parent = window.parent;
  // In a WordPress post (its oEmbed): the secret WordPress gave the frame, read once (the page's hash follows the
  // reader's step afterwards).
  const secret = wpSecret(opts.hostHash ?? location.hash);
  let last = -1;
  let timer = 0;

  function sendHeight(force = false) {
    timer = 0;
    const height = contentHeight();
    if (height === last && !force) return;
    last = height;
    parent.postMessage(pymMessage(id, 'height', String(height)), '*');
    parent.postMessage(ampSize(height), '*');
    parent.postMessage(iframeResize(location.href, height), '*');
    if (secret) parent.postMessage(wpHeight(secret, height), '*');
  }
  // WordPress frames its oEmbeds in a sandbox without top navigation or pop-ups: a link to our own site (the full
  // explainer, a step) asks WordPress to open it instead; links to other sites (sources) are left to the browser.
  function onclick(e: MouseEvent) {
    const a = (e.target as Element | null)?.closest?.('a[href]') as HTMLAnchorElement | null;
    if (!secret || !a || e.defaultPrevented || a.getAttribute('href')!.startsWith('#')) return;
    const url = new URL(a.href, location.href);
    if (url.host !== location.host) return;
    e.preventDefault();
    parent.postMessage(wpLink(secret, url.href), '*');
  }
  // Timers, not animation frames: a browser stops rendering (rAF, ResizeObserver, resize events) in a
  // cross-origin iframe that is off screen, and the host still needs the height to lay out the article.
  const schedule = () => {
    if (!timer) timer = window.setTimeout(sendHeight, 30);
  };

  function onmessage(e: MessageEvent) {
    if (e.source !== parent) return;
    const msg = parsePym(e.data, id);
    if (!msg) return;
    if (msg.type === 'width') {
      if (parseWidth(msg.payload) !== null) sendHeight(true);
    } else if (msg.type === 'viewport-iframe-position') {
      const vp = parseViewport(msg.payload);
      if (vp) opts.onviewport?.(vp);
    }
  }

  const ro = new ResizeObserver(schedule);
  ro.observe(document.documentElement);
  // DOM changes (a layout switch, a section filter, the map arriving) are seen even while rendering is paused.
  const mo = new MutationObserver(schedule);
  mo.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['class', 'hidden', 'open'] });
  // And a slow poll for what neither sees off screen (a late stylesheet): one cheap read, a message only on change.
  const poll = window.setInterval(schedule, 400);
  window.addEventListener('message', onmessage);
  document.addEventListener('click', onclick);
  window.addEventListener('resize', schedule);
  window.addEventListener('load', schedule);
  sendHeight(true);

  return {
    id,
    sendHeight,
    stop() {
      ro.disconnect();
      mo.disconnect();
      clearTimeout(timer);
      clearInterval(poll);
      window.removeEventListener('message', onmessage);
      document.removeEventListener('click', onclick);
      window.removeEventListener('resize', schedule);
      window.removeEventListener('load', schedule);
    },
  };
}
