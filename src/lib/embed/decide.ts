// When the embed becomes a stepper (one step at a time, fitting its frame) instead of a scrolling story: the frame
// cannot grow to the story's height. Pure, so the rule is tested on its own (tests/unit/embed.test.ts) and
// documented in README (Embed, Layouts).

/** WordPress clamps an oEmbed frame's height to this (wp-embed.js). */
export const WP_MAX_HEIGHT = 1000;
/** How long a host has to answer the embed's first height message by resizing its frame (ms). */
export const ANSWER_WAIT_MS = 1000;
/** The height the stepper asks a host that sizes its frame for (px); in a fixed frame it fills what it gets. */
export const STEPPER_HEIGHT = 640;
/** A frame smaller than this still gets a stepper this tall (it scrolls inside the frame). */
export const STEPPER_MIN_HEIGHT = 360;

export interface FrameFacts {
  /** ?layout= in the embed's address. */
  forced: 'stepper' | 'scroll' | null;
  /** The frame is a WordPress oEmbed (its address carried WordPress's secret). */
  wordpress: boolean;
  /** The host resized the frame to a height the embed asked for. */
  answered: boolean;
  /** The frame's height now (px). */
  frameHeight: number;
  /** The height the scrolling story needs (px). */
  contentHeight: number;
}

/**
 * Whether the embed should be a stepper. Forced by ?layout=; else in WordPress as soon as the story is taller than
 * WordPress's 1000 px clamp; else when the host did not answer the height message (a bare or fixed-height
 * iframe, an AMP page that will not grow the frame) and the story does not fit the frame it has.
 */
export function needsStepper(f: FrameFacts): boolean {
  if (f.forced) return f.forced === 'stepper';
  if (f.wordpress && f.contentHeight > WP_MAX_HEIGHT) return true;
  if (f.answered) return false;
  return f.frameHeight + 4 < f.contentHeight;
}

/** Whether a frame height is the host's answer to one of the heights sent (hosts round; WordPress clamps). */
export function isAnswer(frameHeight: number, sent: readonly number[]): boolean {
  return sent.some((h) => Math.abs(h - frameHeight) <= 2);
}
