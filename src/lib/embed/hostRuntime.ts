// The framed embed's runtime, loaded only in a frame (the main page never pays for it): starts the Pym.js child
// and, on the host's viewport messages, pins the map and the date strip in the visible part of the iframe and
// drives the active step from the host's scroll. Reads every box first, then writes two CSS variables: no layout
// thrash; the map moves by a transform.
import { contentHeight, startPymChild } from './PymChild.ts';
import { ANSWER_WAIT_MS, needsStepper, STEPPER_HEIGHT } from './decide.ts';
import { hostActiveStep, pinOffset, visibleWindow } from './hostView.ts';
import type { HostViewport } from './messages.ts';

export interface HostRuntimeOptions {
  /** Called once, with the first well-formed viewport message: switch to the hosted layout. */
  onhosted: () => void;
  /** Called with the index of the step the host's scroll made active. */
  onactive: (index: number) => void;
  /** The page's hash as the host set it (a WordPress secret), read before the page changed it. */
  hostHash?: string;
  /** ?layout= (null: decide); called once if the embed becomes a stepper (decide.ts). */
  layout?: 'stepper' | 'scroll' | null;
  onstepper?: () => void;
  /** ?offset=: the host's sticky header covers this much of the top of its window (px). */
  offset?: number;
}

export function startHostRuntime(opts: HostRuntimeOptions): () => void {
  const root = document.documentElement;
  let vp: HostViewport | null = null;
  let frame = 0;
  let current = -1;
  let vh = 0;
  let hosted = false;
  let stepper = false;
  const offset = opts.offset ?? 0;

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
    // The stepper asks for its own height; a fixed frame ignores it and the stepper fills what it gets.
    measure: () => (stepper ? STEPPER_HEIGHT : contentHeight()),
    onviewport(raw) {
      if (stepper) return;
      // Below the host's sticky header: the window starts `offset` px lower.
      const next = offset ? { ...raw, height: Math.max(1, raw.height - offset), top: raw.top - offset, bottom: raw.bottom - offset } : raw;
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

  function becomeStepper() {
    if (stepper) return;
    stepper = true;
    settle('stepper');
    opts.onstepper?.();
    // Once the layout has changed: ask for the stepper's height.
    setTimeout(() => child?.sendHeight(true), 30);
  }
  let decided = false;
  /** Once decided, the choice is on the root for scripts and tests: html[data-embed-layout="stepper|scroll"]. */
  function settle(layout: 'stepper' | 'scroll') {
    if (decided) return;
    decided = true;
    root.dataset.embedLayout = layout;
  }
  function decide() {
    if (stepper || !child) return false;
    const facts = {
      forced: opts.layout ?? null,
      wordpress: child.wordpress,
      answered: child.answered(),
      frameHeight: window.innerHeight,
      contentHeight: contentHeight(),
    };
    if (needsStepper(facts)) becomeStepper();
    return stepper;
  }
  // Forced, or in WordPress (whose clamp is known): at once. Otherwise once the host has had time to answer, and
  // in an animation frame: a browser does not render a cross-origin frame that is off screen, nor update its
  // size, so the frame's height is only known for sure once the reader comes near it.
  let wait = 0;
  let raf = 0;
  if (opts.layout === 'stepper') becomeStepper();
  else if (opts.layout === 'scroll') settle('scroll');
  else if (!(child?.wordpress && decide()))
    wait = window.setTimeout(() => {
      raf = requestAnimationFrame(() => {
        raf = requestAnimationFrame(() => {
          decide();
          settle(stepper ? 'stepper' : 'scroll');
        });
      });
    }, ANSWER_WAIT_MS);
  return () => {
    cancelAnimationFrame(frame);
    cancelAnimationFrame(raf);
    clearTimeout(wait);
    child?.stop();
  };
}
