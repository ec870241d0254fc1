import { describe, expect, it } from 'vitest';
import { jumpTarget, keyAction, swipeDirection } from '../../src/lib/present/keys.ts';
import { presentHref, withPresent } from '../../src/lib/present/url.ts';

describe('presentation keys', () => {
  it('maps clicker and keyboard keys to next/previous', () => {
    for (const key of ['ArrowRight', 'ArrowDown', 'PageDown', ' ']) expect(keyAction({ key })).toEqual({ type: 'next' });
    for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp']) expect(keyAction({ key })).toEqual({ type: 'prev' });
    expect(keyAction({ key: ' ', shiftKey: true })).toEqual({ type: 'prev' });
    expect(keyAction({ key: 'Home' })).toEqual({ type: 'first' });
    expect(keyAction({ key: 'End' })).toEqual({ type: 'last' });
    expect(keyAction({ key: 'F' })).toEqual({ type: 'fullscreen' });
    expect(keyAction({ key: 'n' })).toEqual({ type: 'notes' });
    expect(keyAction({ key: 'Escape' })).toEqual({ type: 'escape' });
    expect(keyAction({ key: '7' })).toEqual({ type: 'digit', digit: '7' });
  });
  it('leaves browser shortcuts and unknown keys alone', () => {
    expect(keyAction({ key: 'f', ctrlKey: true })).toBeNull();
    expect(keyAction({ key: 'p', metaKey: true })).toBeNull();
    expect(keyAction({ key: 'ArrowRight', altKey: true })).toBeNull();
    expect(keyAction({ key: 'q' })).toBeNull();
  });
  it('turns a typed number into a clamped step index', () => {
    expect(jumpTarget('7', 31)).toBe(6);
    expect(jumpTarget('0', 31)).toBe(0);
    expect(jumpTarget('99', 31)).toBe(30);
    expect(jumpTarget('', 31)).toBeNull();
    expect(jumpTarget('1x', 31)).toBeNull();
  });
  it('reads a horizontal swipe, not a vertical scroll', () => {
    expect(swipeDirection(-120, 10)).toBe(1);
    expect(swipeDirection(120, 10)).toBe(-1);
    expect(swipeDirection(20, 0)).toBe(0);
    expect(swipeDirection(-80, 200)).toBe(0);
  });
});

describe('presentation URL', () => {
  it('adds and removes ?present, keeping other options', () => {
    expect(withPresent('', true)).toBe('?present');
    expect(withPresent('?present=1', false)).toBe('');
    expect(withPresent('?lang=en', true)).toBe('?lang=en&present');
    expect(withPresent('?lang=en&present', false)).toBe('?lang=en');
    expect(presentHref({ pathname: '/', search: '' }, true, 'day-five')).toBe('/?present#day-five');
  });
});
