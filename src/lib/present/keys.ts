// Presentation keys as pure data: what a key press (keyboard or presenter clicker) asks the slide show to do.
// Clickers send PageUp/PageDown (some send arrows); a typed number then Enter jumps to that step.

export type PresentAction =
  | { type: 'next' }
  | { type: 'prev' }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'digit'; digit: string }
  | { type: 'enter' }
  | { type: 'backspace' }
  | { type: 'fullscreen' }
  | { type: 'notes' }
  | { type: 'blackout' }
  | { type: 'presenter' }
  | { type: 'escape' };

export type KeyLike = Pick<KeyboardEvent, 'key'> & Partial<Pick<KeyboardEvent, 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>>;

/** The action for a key, or null when the key is not ours (browser shortcuts with Ctrl/Cmd/Alt are never taken). */
export function keyAction(e: KeyLike): PresentAction | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  const k = e.key;
  if (/^[0-9]$/.test(k)) return { type: 'digit', digit: k };
  switch (k) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
      return { type: 'next' };
    case ' ':
    case 'Spacebar':
      return e.shiftKey ? { type: 'prev' } : { type: 'next' };
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
      return { type: 'prev' };
    case 'Home':
      return { type: 'first' };
    case 'End':
      return { type: 'last' };
    case 'Enter':
      return { type: 'enter' };
    case 'Backspace':
      return { type: 'backspace' };
    case 'f':
    case 'F':
      return { type: 'fullscreen' };
    case 'n':
    case 'N':
      return { type: 'notes' };
    // Black screen, as slide software has it (B, and "." which some clickers send).
    case 'b':
    case 'B':
    case '.':
      return { type: 'blackout' };
    // The presenter window (notes, next step, clock), as slide software opens it.
    case 'p':
    case 'P':
      return { type: 'presenter' };
    case 'Escape':
    case 'Esc':
      return { type: 'escape' };
    default:
      return null;
  }
}

/** The step index (from 0) a typed 1-based number points at, clamped to the story; null when nothing usable was typed. */
export function jumpTarget(typed: string, count: number): number | null {
  if (!/^\d{1,4}$/.test(typed) || count < 1) return null;
  const n = Number(typed);
  return Math.min(Math.max(n, 1), count) - 1;
}

/** A horizontal swipe (shared with the embed's stepper). */
export { swipeDirection } from '../scroll/swipe.ts';
