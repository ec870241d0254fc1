// The embed's side of the host protocols, so the iframe is always as tall as its content: Pym.js height messages
// (and replies to the parent's `width`), AMP's embed-size and Embedly/Medium's iframe.resize. It also passes on the
// host's viewport messages (Pym's `viewport-iframe-position`, sent by Pym with trackscroll or by our loader, embed.js).
// Only when framed; only messages from the parent window, in the exact formats, are read.
import { ampSize, iframeResize, parsePym, parseViewport, parseWidth, pymMessage, safeChildId, type HostViewport } from './messages.ts';

export interface PymChildOptions {
  /** Called with every well-formed viewport message from the host. */
  onviewport?: (vp: HostViewport) => void;
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
      window.removeEventListener('resize', schedule);
      window.removeEventListener('load', schedule);
    },
  };
}
