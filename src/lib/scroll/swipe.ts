// A horizontal swipe as a step: presentation mode and the embed's stepper read touches the same way.

/** A horizontal swipe: -1 (previous), +1 (next) or 0 (not a swipe: too short, or more vertical than horizontal). */
export function swipeDirection(dx: number, dy: number, min = 50): -1 | 0 | 1 {
  if (Math.abs(dx) < min || Math.abs(dx) < Math.abs(dy) * 1.5) return 0;
  return dx < 0 ? 1 : -1;
}
