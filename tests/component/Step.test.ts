import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import StepHarness from './StepHarness.svelte';

const step = {
  id: 'toll-day-five',
  map: 'front-2020',
  asOf: '1 October 2020',
  text: ['Baku gave no military figures.[^afp]'],
  counters: [
    { value: 127, label: 'dead in partial reports', source: 'afp' },
    { value: 30000, min: 20000, label: 'dead', by: 'the BBC', source: 'afp' },
  ],
};

describe('Step', () => {
  it('carries data-step, and aria-current only when active', async () => {
    const { container, rerender } = render(StepHarness, { step, active: false });
    const el = container.querySelector('[data-step="toll-day-five"]')!;
    expect(el).toBeInTheDocument();
    expect(el).not.toHaveAttribute('aria-current');
    await rerender({ step, active: true });
    expect(el).toHaveAttribute('aria-current', 'step');
  });

  it('shows the as-of stamp, the text with a footnote link, and counters at their final value', () => {
    const { container } = render(StepHarness, { step, active: true });
    expect(screen.getByText('As of 1 October 2020')).toBeInTheDocument();
    expect(screen.getByText(/Baku gave no military figures/)).toBeInTheDocument();
    const ref = container.querySelector('sup.ref a')!;
    expect(ref).toHaveAttribute('href', '#src-afp');
    expect(ref).toHaveTextContent('1');
    const data = [...container.querySelectorAll('data')].map((d) => [d.getAttribute('value'), d.textContent]);
    expect(data).toEqual([
      ['127', '127'],
      ['30000', '20,000–30,000'],
    ]);
    expect(screen.getByText(/according to the BBC/)).toBeInTheDocument();
  });
});
