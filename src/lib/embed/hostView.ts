// Pure geometry for the map that stays in view inside an auto-height iframe: from where the host says the iframe
// is, the part of the embed the reader sees, where to pin the map, and which step is active.
import { activeStepIndex, TRIGGER, type StepBox } from '../scroll/activeStep.ts';

export interface Visible {
  /** Top of the visible window in the embed's document (px). */
  top: number;
  /** Its height (px, 0 when the iframe is off screen). */
  height: number;
}

/** The part of the iframe (document coordinates) inside the host's viewport. */
export function visibleWindow(iframeTop: number, hostHeight: number, docHeight: number): Visible {
  const top = Math.min(Math.max(0, -iframeTop), docHeight);
  const bottom = Math.max(top, Math.min(docHeight, hostHeight - iframeTop));
  return { top, height: bottom - top };
}

/**
 * How far to move a panel down from its place (at the top of its container) so it stays at the top of the
 * visible window, like position: sticky would, without leaving its container.
 */
export function pinOffset(visibleTop: number, containerTop: number, containerHeight: number, panelHeight: number): number {
  const max = Math.max(0, containerHeight - panelHeight);
  return Math.min(max, Math.max(0, visibleTop - containerTop));
}

/**
 * The active step when the host page scrolls the iframe: the same rule as the page's own engine, with the step
 * boxes moved into the host's viewport (document y + iframe top) and the trigger line at `offset` of its height
 * (the page's TRIGGER).
 */
export function hostActiveStep(
  boxes: readonly StepBox[],
  iframeTop: number,
  iframeBottom: number,
  hostHeight: number,
  offset = TRIGGER,
): number {
  const moved = boxes.map((b) => ({ top: b.top + iframeTop, bottom: b.bottom + iframeTop }));
  return activeStepIndex(moved, hostHeight * offset, { atEnd: iframeBottom <= hostHeight + 2, viewportHeight: hostHeight });
}
