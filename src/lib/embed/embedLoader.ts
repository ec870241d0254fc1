// Our loader for host pages, built into embed.js (scripts/build.mjs): paste it after the embed's iframe
// (<iframe data-karabakh-embed src=".../embed.html">). It sizes each such iframe to its content (the embed's Pym.js
// height messages) and tells the embed where the iframe is in the window as the reader scrolls (Pym's
// viewport-iframe-position message), so the embed can keep its map in view. It accepts messages only from its own
// iframes' windows and origins, and sends nothing elsewhere. No dependencies, no inline script, no requests. The
// messages are written and read by messages.ts, as the embed's own side does.
import { DEFAULT_CHILD_ID, parseHeight, pymMessage, safeChildId, viewportPayload } from './messages.ts';
import { parseOffset } from '../model/urlOptions.ts';

interface Frame {
  el: HTMLIFrameElement;
  origin: string | null;
  id: string;
  sized: boolean;
}
declare global {
  interface Window {
    karabakhEmbed?: { scan(): void };
  }
}

const originOf = (src: string): string | null => {
  try {
    return new URL(src, location.href).origin;
  } catch {
    return null;
  }
};

function start() {
  const frames: Frame[] = [];
  const known = new WeakSet<HTMLIFrameElement>();
  let pending = 0;

  function scan() {
    for (const el of document.querySelectorAll<HTMLIFrameElement>('iframe[data-karabakh-embed]')) {
      if (known.has(el)) continue;
      known.add(el);
      const src = el.getAttribute('src') ?? '';
      let id: string | null = null;
      try {
        id = new URL(src, location.href).searchParams.get('childId');
      } catch {
        // A malformed src: the default id.
      }
      const f: Frame = { el, origin: originOf(src), id: id ? safeChildId(id) : DEFAULT_CHILD_ID, sized: false };
      frames.push(f);
      // Ask for the height (the embed may have sent it before this script ran), now and once it has loaded.
      // (To any origin: the frame may still hold its blank first document; the width is no secret.)
      const hello = () => f.el.contentWindow?.postMessage(pymMessage(f.id, 'width', String(f.el.offsetWidth)), '*');
      hello();
      el.addEventListener('load', hello);
    }
  }

  function send(f: Frame, type: string, payload: string) {
    if (f.el.contentWindow && f.origin) f.el.contentWindow.postMessage(pymMessage(f.id, type, payload), f.origin);
  }

  function position(f: Frame) {
    const vw = window.innerWidth || document.documentElement.clientWidth;
    const vh = window.innerHeight || document.documentElement.clientHeight;
    const box = f.el.getBoundingClientRect();
    // data-karabakh-offset="56": the page's sticky header covers the top 56 px of the window; the embed is told
    // of the window below it, so its pinned map and date strip sit under the header.
    const top = Math.min(parseOffset(f.el.getAttribute('data-karabakh-offset')), vh - 1);
    send(f, 'viewport-iframe-position', viewportPayload(vw, vh - top, { top: box.top - top, left: box.left, bottom: box.bottom - top, right: box.right }));
  }

  function update() {
    pending = 0;
    for (const f of frames) if (f.sized) position(f);
  }

  window.addEventListener('message', (e) => {
    const f = frames.find((x) => x.el.contentWindow === e.source);
    if (!f || e.origin !== f.origin) return;
    const m = parseHeight(e.data);
    if (!m) return;
    const first = !f.sized;
    f.sized = true;
    f.id = m.id;
    f.el.style.height = m.height + 'px';
    f.el.setAttribute('height', String(m.height));
    if (first) {
      f.el.setAttribute('scrolling', 'no');
      send(f, 'width', String(f.el.offsetWidth));
    }
    position(f);
  });
  window.addEventListener('scroll', () => (pending ||= requestAnimationFrame(update)), { passive: true });
  window.addEventListener('resize', () => {
    for (const f of frames) send(f, 'width', String(f.el.offsetWidth));
    pending ||= requestAnimationFrame(update);
  });
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
  // Iframes a CMS inserted late; call karabakhEmbed.scan() for later ones.
  window.addEventListener('load', scan);
  scan();
  window.karabakhEmbed = { scan };
}

// Pasted twice (or with two embeds), the loader runs once and looks for new iframes.
if (window.karabakhEmbed) window.karabakhEmbed.scan();
else start();
