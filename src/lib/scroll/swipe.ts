// A horizontal swipe as a step: presentation mode and the embed's stepper read touches the same way.

/** A horizontal swipe: -1 (previous), +1 (next) or 0 (not a swipe: too short, or more vertical than horizontal). */
export function swipeDirection(dx: number, dy: number, min = 50): -1 | 0 | 1 {
  if (Math.abs(dx) < min || Math.abs(dx) < Math.abs(dy) * 1.5) return 0;
  return dx < 0 ? 1 : -1;
}

/**
 * Touch handlers that read one finger's swipe and call `onswipe` with its direction (see swipeDirection): spread
 * them on the element or window that listens (`ontouchstart`, `ontouchend`).
 */
export function swipeHandlers(onswipe: (dir: -1 | 1) => void): { ontouchstart: (e: TouchEvent) => void; ontouchend: (e: TouchEvent) => void } {
  let touch: { x: number; y: number } | null = null;
  return {
    ontouchstart(e) {
      touch = e.touches.length === 1 ? { x: e.touches[0].clientX, y: e.touches[0].clientY } : null;
    },
    ontouchend(e) {
      if (!touch) return;
      const t = e.changedTouches[0];
      const dir = swipeDirection(t.clientX - touch.x, t.clientY - touch.y);
      touch = null;
      if (dir) onswipe(dir);
    },
  };
}
