// The active step is a pure function of where the steps are on screen, so it is right after a fling, a reload
// mid-story, an anchor jump, a resize or the mobile address bar moving, whatever events were or were not fired.

/**
 * The trigger line, as a fraction of the viewport's height from its top: a step becomes active when its top
 * crosses it. The page's engine and the embed's host-driven one (the host's viewport) both use it.
 */
export const TRIGGER = 0.55;

export interface StepBox {
  /** Top and bottom of the step element relative to the viewport (getBoundingClientRect). */
  top: number;
  bottom: number;
}

/**
 * Index of the active step: the last step whose top has crossed the trigger line (a y position in the
 * viewport, e.g. half its height). Above the first step, the first step. At the end of the page, the last
 * step whose top is on screen, so a short last step that can never reach the trigger still becomes active.
 */
export function activeStepIndex(
  boxes: readonly StepBox[],
  triggerY: number,
  opts: { atEnd?: boolean; viewportHeight?: number } = {},
): number {
  if (boxes.length === 0) return -1;
  let active = 0;
  for (let i = 0; i < boxes.length; i++) {
    if (boxes[i].top <= triggerY) active = i;
    else break;
  }
  if (opts.atEnd && opts.viewportHeight !== undefined) {
    for (let i = boxes.length - 1; i > active; i--) {
      if (boxes[i].top < opts.viewportHeight && boxes[i].bottom > 0) return i;
    }
  }
  return active;
}
