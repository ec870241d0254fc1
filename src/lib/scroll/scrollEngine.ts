// Drives the active step from the scroll position. scrollama (IntersectionObserver) tells us *when* to look;
// activeStepIndex() decides *which* step is active from the steps' boxes, so missed or bursty scrollama events
// (its issues 26, 70, 78, 141) cannot leave the wrong step active. scrollend, resize and the visual viewport
// (mobile address bar) trigger the same recomputation.
import scrollama from 'scrollama';
import { activeStepIndex } from './activeStep.ts';

export interface ScrollEngineOptions {
  steps: HTMLElement[];
  /** Trigger line as a fraction of the viewport height (TRIGGER), or a function read at each recomputation (a
   * layout may move the line when the screen changes, e.g. on phones where the map is pinned at the top). */
  offset: number | (() => number);
  onChange: (index: number) => void;
  /** Visible viewport height, for the end-of-page rule. */
  viewportHeight?: () => number;
}

export interface ScrollEngine {
  /** Recompute now (synchronously) and report a change if any. */
  update(): number;
  destroy(): void;
}

export function createScrollEngine(opts: ScrollEngineOptions): ScrollEngine {
  const offset = typeof opts.offset === 'function' ? opts.offset : () => opts.offset as number;
  const vh = opts.viewportHeight ?? (() => window.visualViewport?.height ?? window.innerHeight);
  const trigger = () => vh() * offset();
  let current = -1;
  let frame = 0;

  function update(): number {
    frame = 0;
    const boxes = opts.steps.map((el) => el.getBoundingClientRect());
    const doc = document.scrollingElement ?? document.documentElement;
    const atEnd = doc.scrollTop + window.innerHeight >= doc.scrollHeight - 2;
    const index = activeStepIndex(boxes, trigger(), { atEnd, viewportHeight: vh() });
    if (index !== current) {
      current = index;
      opts.onChange(index);
    }
    return index;
  }
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(update);
  };

  const scroller = scrollama();
  // scrollama types its offset as a literal union of decimals; any 0..1 number works.
  scroller.setup({ step: opts.steps, offset: offset() as 0.5 }).onStepEnter(schedule).onStepExit(schedule);

  const targets: [EventTarget | undefined | null, string][] = [
    [window, 'scrollend'],
    [window, 'resize'],
    [window, 'hashchange'],
    [window, 'load'],
    [window, 'orientationchange'],
    [window.visualViewport, 'resize'],
  ];
  for (const [t, e] of targets) t?.addEventListener(e, schedule, { passive: true });

  update();
  return {
    update,
    destroy() {
      if (frame) cancelAnimationFrame(frame);
      scroller.destroy();
      for (const [t, e] of targets) t?.removeEventListener(e, schedule);
    },
  };
}
