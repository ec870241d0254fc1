// The embed's side of the host protocols, so the iframe is always as tall as its content: Pym.js height messages
// (and replies to the parent's `width`), AMP's embed-size and Embedly/Medium's iframe.resize. It also passes on the
// host's viewport messages (Pym's `viewport-iframe-position`, sent by Pym with trackscroll or by our loader, embed.js),
// and, in a WordPress post, WordPress's own height and link messages.
// Only when framed; only messages from the parent window, in the exact formats, are read.
import { isAnswer } from './decide.ts';
import { ampSize, iframeResize, parsePym, parseViewport, parseWidth, pymMessage, safeChildId, wpHeight, wpLink, wpSecret, type HostViewport } from './messages.ts';

export interface PymChildOptions {
  /** Called with every well-formed viewport message from the host. */
  onviewport?: (vp: HostViewport) => void;
  /** The hash the host gave the page's address (default: the current one). */
  hostHash?: string;
  /** The height to ask the host for (default: the content's height; the stepper asks for its own). */
  measure?: () => number;
}

export interface PymChild {
  readonly id: string;
  /** The frame is a WordPress oEmbed (its address carried WordPress's secret). */
  readonly wordpress: boolean;
  /** Whether the host has resized the frame to a height the embed asked for. */
  answered(): boolean;
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
  const measure = opts.measure ?? contentHeight;
  // The heights asked for (the last few), to tell a host that answers (resizes the frame to one) from one that
  // does not (a fixed or capped frame): see decide.ts.
  const sent: number[] = [];
  let answered = false;
  const checkAnswer = () => {
    if (!answered && sent.length && isAnswer(window.innerHeight, sent)) answered = true;
  };

  function sendHeight(force = false) {
    timer = 0;
    checkAnswer();
    const height = measure();
    if (height === last && !force) return;
    last = height;
    if (sent.at(-1) !== height) sent.push(height);
    if (sent.length > 20) sent.shift();
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
      // The host says how tall it made the frame: an answer, even while the frame is off screen (and its own
      // size not yet updated).
      if (vp && !answered && isAnswer(vp.bottom - vp.top, sent)) answered = true;
      if (vp) opts.onviewport?.(vp);
    }
  }

  const onresize = () => {
    checkAnswer();
    schedule();
  };
  const ro = new ResizeObserver(schedule);
  ro.observe(document.documentElement);
  // DOM changes (a layout switch, a section filter, the map arriving) are seen even while rendering is paused.
  const mo = new MutationObserver(schedule);
  mo.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['class', 'hidden', 'open'] });
  // And a slow poll for what neither sees off screen (a late stylesheet): one cheap read, a message only on change.
  const poll = window.setInterval(schedule, 400);
  window.addEventListener('message', onmessage);
  document.addEventListener('click', onclick);
  window.addEventListener('resize', onresize);
  window.addEventListener('load', schedule);
  sendHeight(true);

  return {
    id,
    wordpress: !!secret,
    answered: () => (checkAnswer(), answered),
    sendHeight,
    stop() {
      ro.disconnect();
      mo.disconnect();
      clearTimeout(timer);
      clearInterval(poll);
      window.removeEventListener('message', onmessage);
      document.removeEventListener('click', onclick);
      window.removeEventListener('resize', onresize);
      window.removeEventListener('load', schedule);
    },
  };
}
