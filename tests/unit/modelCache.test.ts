// The live map's model cache: a state's layout at a panel size is made once and then reused; a new size makes a
// new one; the cache never grows past its bound.
import { describe, expect, it, vi } from 'vitest';
import { ModelCache } from '../../src/lib/map/modelCache.ts';

const make = () => vi.fn((s: { id: string }, w: number, h: number) => ({ key: `${s.id}@${w}x${h}` }));

describe('ModelCache', () => {
  it('makes a state’s model once per panel size', () => {
    const f = make();
    const cache = new ModelCache(f);
    const a = cache.get({ id: 'region' }, 800, 600);
    expect(cache.get({ id: 'region' }, 800, 600)).toBe(a);
    expect(f).toHaveBeenCalledTimes(1);
    expect(cache.get({ id: 'region' }, 400, 600)).toEqual({ key: 'region@400x600' });
    expect(cache.get({ id: 'front-2020' }, 800, 600)).toEqual({ key: 'front-2020@800x600' });
    expect(f).toHaveBeenCalledTimes(3);
    expect(cache.size).toBe(3);
  });

  it('keeps at most `max` models', () => {
    const f = make();
    const cache = new ModelCache(f, 3);
    for (const id of ['a', 'b', 'c', 'd', 'e']) cache.get({ id }, 100, 100);
    expect(cache.size).toBeLessThanOrEqual(3);
    // What is still cached is reused, what was dropped is made again.
    const before = f.mock.calls.length;
    cache.get({ id: 'e' }, 100, 100);
    expect(f.mock.calls.length).toBe(before);
    cache.get({ id: 'a' }, 100, 100);
    expect(f.mock.calls.length).toBe(before + 1);
  });
});
