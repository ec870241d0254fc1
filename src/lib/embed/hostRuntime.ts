// The framed embed's runtime, loaded only in a frame (the main page never pays for it): starts the Pym.js child
// and, on the host's viewport messages, pins the map and the date strip in the visible part of the iframe and
// drives the active step from the host's scroll. Reads every box first, then writes two CSS variables: no layout
// thrash; the map moves by a transform.
import { startPymChild } from './PymChild.ts';
import { hostActiveStep, pinOffset, visibleWindow } from './hostView.ts';
import type { HostViewport } from './messages.ts';

export interface HostRuntimeOptions {
  /** Called once, with the first well-formed viewport message: switch to the hosted layout. */
  onhosted: () => void;
  /** Called with the index of the step the host's scroll made active. */
  onactive: (index: number) => void;
  /** The page's hash as the host set it (a WordPress secret), read before the page changed it. */
  hostHash?: string;
}

export function startHostRuntime(opts: HostRuntimeOptions): () => void {
  const root = document.documentElement;
  let vp: HostViewport | null = null;
  let frame = 0;
  let current = -1;
  let vh = 0;
  let hosted = false;

  function apply() {
    frame = 0;
    const story = document.getElementById('story');
    const scrolly = story?.querySelector<HTMLElement>('[data-scrolly]');
    if (!vp || !story || !scrolly) return;
    const vis = visibleWindow(vp.top, vp.height, root.getBoundingClientRect().height);
    const s = scrolly.getBoundingClientRect();
    const st = story.getBoundingClientRect();
    const boxes = [...story.querySelectorAll('[data-step]')].map((el) => el.getBoundingClientRect());
    const index = hostActiveStep(boxes, vp.top, vp.bottom, vp.height);
    root.style.setProperty('--ke-pin', pinOffset(vis.top, s.top, s.height, vh) + 'px');
    root.style.setProperty('--ke-pin-top', pinOffset(vis.top, st.top, st.height, 0) + 'px');
    if (index >= 0 && index !== current) {
      current = index;
      opts.onactive(index);
    }
  }

  const child = startPymChild({
    hostHash: opts.hostHash,
    onviewport(next) {
      vp = next;
      const h = Math.round(Math.min(2000, Math.max(240, next.height)));
      if (h !== vh) {
        vh = h;
        root.style.setProperty('--ke-host-vh', h + 'px');
      }
      if (!hosted) {
        hosted = true;
        opts.onhosted();
        // The layout changes with the mode: measure once it has applied.
        setTimeout(apply, 30);
        return;
      }
      if (!frame) frame = requestAnimationFrame(apply);
    },
  });
  return () => {
    cancelAnimationFrame(frame);
    child?.stop();
  };
}
