// The timeline: ticks from the steps' dates, the active step's date highlighted and shown in full.
import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/svelte';
import Timeline from '../../src/lib/timeline/Timeline.svelte';

const steps = [{ id: 'intro' }, { id: 'oblast', date: '1923' }, { id: 'day-five', date: '2020-10-01' }, { id: 'toll', date: '2020-10-01' }, { id: 'exodus', date: '2023-09-30' }];

describe('Timeline', () => {
  it('has one tick per date, listing its steps', () => {
    const { container } = render(Timeline, { steps, active: 0, label: 'Timeline' });
    const ticks = [...container.querySelectorAll('li')];
    expect(ticks.map((t) => t.dataset.date)).toEqual(['1923', '2020-10-01', '2023-09-30']);
    expect(ticks[1].dataset.steps).toBe('day-five toll');
    expect(ticks[1]).toHaveTextContent('1 October 2020');
  });

  it('highlights the active step’s date, and none before the first dated step', async () => {
    const { container, rerender } = render(Timeline, { steps, active: 0, label: 'Timeline' });
    expect(container.querySelector('[aria-current="date"]')).toBeNull();
    expect(container.querySelector('.now')).toHaveTextContent('');
    await rerender({ steps, active: 3 });
    const on = container.querySelector('[aria-current="date"]') as HTMLElement;
    expect(on.dataset.date).toBe('2020-10-01');
    expect(container.querySelectorAll('[aria-current]')).toHaveLength(1);
    expect(container.querySelector('.now')).toHaveTextContent(/^1 Oct 2020$/);
    expect(container.querySelectorAll('li.past')).toHaveLength(1);
  });

  it('renders nothing for an undated story', () => {
    const { container } = render(Timeline, { steps: [{ id: 'a' }], active: 0, label: 'Timeline' });
    expect(container.querySelector('.timeline')).toBeNull();
  });
});
