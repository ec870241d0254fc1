import { describe, expect, it } from 'vitest';
import { activeStepIndex } from '../../src/lib/scroll/activeStep.ts';

const boxes = (tops: number[], h = 300) => tops.map((top) => ({ top, bottom: top + h }));

describe('activeStepIndex', () => {
  it('is the last step whose top crossed the trigger line', () => {
    expect(activeStepIndex(boxes([-900, -500, 200, 700]), 400)).toBe(2);
    expect(activeStepIndex(boxes([-900, -500, 401, 700]), 400)).toBe(1);
  });
  it('is the first step above the story', () => {
    expect(activeStepIndex(boxes([500, 900, 1300]), 400)).toBe(0);
  });
  it('jumps straight to the right step after a fling (no intermediate positions needed)', () => {
    expect(activeStepIndex(boxes([-9000, -8000, -7000, -6000, 100]), 400)).toBe(4);
  });
  it('at the end of the page, picks a short last step that can never reach the trigger', () => {
    const b = boxes([-600, 100, 600], 100);
    expect(activeStepIndex(b, 400)).toBe(1);
    expect(activeStepIndex(b, 400, { atEnd: true, viewportHeight: 800 })).toBe(2);
  });
  it('is -1 with no steps', () => {
    expect(activeStepIndex([], 400)).toBe(-1);
  });
});
