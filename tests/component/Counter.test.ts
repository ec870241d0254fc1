// A counter always holds its final value in <data value>, counts up (in an aria-hidden overlay) the first
// time its step is active, and with reduced motion shows the final value at once.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushSync } from 'svelte';
import { render, screen } from '@testing-library/svelte';
import SourcesHarness from './SourcesHarness.svelte';

const counter = { value: 30000, min: 20000, label: 'dead, 1988–1994', by: 'the BBC', source: 'afp' };

let queue: FrameRequestCallback[] = [];
function frame(now: number) {
  const q = queue;
  queue = [];
  q.forEach((cb) => cb(now));
  flushSync();
}
function motion(reduce: boolean) {
  vi.stubGlobal('matchMedia', (q: string) => ({ matches: reduce && q.includes('reduce'), media: q, addEventListener() {}, removeEventListener() {} }));
}
// A stand-in IntersectionObserver whose targets are on or off screen as the test says.
let onScreen = true;
let observers: { cb: (e: { isIntersecting: boolean }[]) => void }[] = [];
class FakeIO {
  constructor(public cb: (e: { isIntersecting: boolean }[]) => void) {
    observers.push(this);
  }
  observe() {
    this.cb([{ isIntersecting: onScreen }]);
  }
  disconnect() {}
  unobserve() {}
}
function scrollIntoView(on: boolean) {
  onScreen = on;
  observers.forEach((o) => o.cb([{ isIntersecting: on }]));
  flushSync();
}
beforeEach(() => {
  queue = [];
  onScreen = true;
  observers = [];
  vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => queue.push(cb));
  vi.stubGlobal('IntersectionObserver', FakeIO);
});
afterEach(() => {
  // Let any running count finish, so the shared animation loop is idle for the next test.
  for (let i = 1; i < 5 && queue.length; i++) frame(i * 1e6);
  vi.unstubAllGlobals();
});

const data = (c: HTMLElement) => c.querySelector('data')!;
const overlay = (c: HTMLElement) => c.querySelector('.tween');

describe('Counter', () => {
  it('shows its label, who reported it and its source marker', () => {
    motion(false);
    const { container } = render(SourcesHarness, { counter, active: true });
    expect(screen.getByText(/dead, 1988–1994/)).toBeInTheDocument();
    expect(screen.getByText(/according to the BBC/)).toBeInTheDocument();
    expect(container.querySelector('.counter a[href="#src-afp"]')).toHaveTextContent('1');
  });

  it('says in words, beside the figure and to screen readers, when the figure could not be confirmed', () => {
    motion(false);
    const { container, rerender } = render(SourcesHarness, { counter: { ...counter, confirmed: false }, active: true });
    const mark = container.querySelector('.counter [data-unconfirmed]') as HTMLElement;
    expect(mark).toBeInTheDocument();
    // Visible words, not a colour or an icon: the same words print.
    expect(mark.querySelector('.mark')).toHaveTextContent(/^unconfirmed$/);
    // Read with the figure: the counter's accessible text holds the mark and why.
    expect(container.querySelector('.counter')!.textContent).toMatch(/20,000–30,000.*unconfirmed.*could not be confirmed/s);
    // A confirmed figure carries no mark.
    rerender({ counter, active: true });
    flushSync();
    expect(container.querySelector('[data-unconfirmed]')).toBeNull();
  });

  it('keeps the final value in <data value>, waits at 0 until active, then counts up and lands on it', async () => {
    motion(false);
    const { container, rerender } = render(SourcesHarness, { counter, active: false });
    flushSync();
    expect(data(container)).toHaveAttribute('value', '30000');
    expect(data(container)).toHaveTextContent('20,000–30,000');
    // Armed: the visible overlay shows the start, hidden from assistive tech; the final figure stays in the DOM.
    expect(overlay(container)).toHaveTextContent('0–0');
    expect(overlay(container)).toHaveAttribute('aria-hidden', 'true');
    expect(data(container)).toHaveClass('counting');

    await rerender({ counter, active: true });
    frame(0);
    frame(300);
    const mid = overlay(container)!.textContent!;
    expect(mid).not.toBe('0–0');
    expect(mid).not.toBe('20,000–30,000');
    expect(data(container)).toHaveTextContent('20,000–30,000');
    frame(1000);
    expect(overlay(container)).toBeNull();
    expect(data(container)).not.toHaveClass('counting');
    expect(data(container)).toHaveTextContent('20,000–30,000');
    expect(queue).toHaveLength(0);
  });

  it('shows its final value, for good, once the reader is past its step (a link or a fling over it)', async () => {
    motion(false);
    const { container, rerender } = render(SourcesHarness, { counter, active: false });
    flushSync();
    // Coming up: armed at its start.
    expect(overlay(container)).toHaveTextContent('0–0');
    // A later step is active: the figure on screen is the real one, not 0.
    await rerender({ counter, active: false, passed: true });
    expect(overlay(container)).toBeNull();
    expect(data(container)).not.toHaveClass('counting');
    expect(data(container)).toHaveTextContent('20,000–30,000');
    // Scrolling back up to it does not count it again from 0.
    await rerender({ counter, active: true, passed: false });
    frame(0);
    frame(300);
    expect(overlay(container)).toBeNull();
    expect(queue).toHaveLength(0);
  });

  it('counts only on the first activation', async () => {
    motion(false);
    const { container, rerender } = render(SourcesHarness, { counter, active: true });
    frame(0);
    frame(1000);
    expect(overlay(container)).toBeNull();
    await rerender({ counter, active: false });
    await rerender({ counter, active: true });
    expect(overlay(container)).toBeNull();
    expect(queue).toHaveLength(0);
  });

  it('lands on the final value when its step is left mid-count', async () => {
    motion(false);
    const { container, rerender } = render(SourcesHarness, { counter, active: true });
    frame(0);
    frame(200);
    expect(overlay(container)).not.toBeNull();
    await rerender({ counter, active: false });
    expect(overlay(container)).toBeNull();
    expect(data(container)).not.toHaveClass('counting');
  });

  it('waits for its figure to be on screen: a tall step can be active with its counters below the fold', async () => {
    motion(false);
    onScreen = false;
    const { container } = render(SourcesHarness, { counter, active: true });
    flushSync();
    expect(overlay(container)).toHaveTextContent('0–0');
    frame(0);
    frame(2000);
    expect(overlay(container)).toHaveTextContent('0–0');
    scrollIntoView(true);
    frame(3000);
    frame(3300);
    expect(overlay(container)!.textContent).not.toBe('0–0');
    frame(4000);
    expect(overlay(container)).toBeNull();
  });

  it('with reduced motion shows the final value at once, never animating', async () => {
    motion(true);
    const { container, rerender } = render(SourcesHarness, { counter, active: false });
    flushSync();
    expect(overlay(container)).toBeNull();
    await rerender({ counter, active: true });
    expect(overlay(container)).toBeNull();
    expect(data(container)).not.toHaveClass('counting');
    expect(data(container)).toHaveTextContent('20,000–30,000');
    expect(queue).toHaveLength(0);
  });
});
