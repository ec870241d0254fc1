// Offline use (README, Classroom): where the page may register the service worker, what the worker precaches, and
// the one-file pack's names and policy.
import { describe, expect, it } from 'vitest';
import { mayRegister, type OfflineEnv } from '../../src/lib/offline/register.ts';
import { figureSrc, inPack, packFile, renderAsPack } from '../../src/lib/offline/pack.ts';
import { precachePatterns } from '../../scripts/service-worker.mjs';
import { packCsp } from '../../scripts/pack.mjs';

const site: OfflineEnv = { top: true, protocol: 'https:', secure: true, hasWorker: true, saveData: false, pack: false, page: 'main' };

describe('registering the service worker', () => {
  it('registers from the top page of a secure http(s) origin', () => {
    expect(mayRegister(site)).toBe(true);
    expect(mayRegister({ ...site, protocol: 'http:' })).toBe(true);
  });
  it('never in a frame, on file://, on an insecure origin, in the pack, from the embed page, or when saving data', () => {
    expect(mayRegister({ ...site, top: false })).toBe(false);
    expect(mayRegister({ ...site, protocol: 'file:' })).toBe(false);
    expect(mayRegister({ ...site, secure: false })).toBe(false);
    expect(mayRegister({ ...site, hasWorker: false })).toBe(false);
    expect(mayRegister({ ...site, pack: true })).toBe(false);
    expect(mayRegister({ ...site, page: 'embed' })).toBe(false);
    expect(mayRegister({ ...site, saveData: true })).toBe(false);
  });
});

describe('the precache', () => {
  it("lists every edition's page, scripts, styles, map file and static maps, and nothing else", () => {
    expect(precachePatterns(['', 'fr', 'ru'])).toEqual([
      'index.html', 'assets/*.{js,css}', 'geo/karabakh.map.json', 'maps/*.svg',
      'fr/index.html', 'fr/assets/*.{js,css}', 'fr/geo/karabakh.map.json', 'fr/maps/*.svg',
      'ru/index.html', 'ru/assets/*.{js,css}', 'ru/geo/karabakh.map.json', 'ru/maps/*.svg',
    ]);
  });
  it("with the first map state's panel pictures, in every frame, when the build names that state", () => {
    expect(precachePatterns(['', 'fr'], 'region')).toEqual([
      'index.html', 'assets/*.{js,css}', 'geo/karabakh.map.json', 'maps/*.svg', 'maps/panel-*/region.svg',
      'fr/index.html', 'fr/assets/*.{js,css}', 'fr/geo/karabakh.map.json', 'fr/maps/*.svg', 'fr/maps/panel-*/region.svg',
    ]);
  });
});

describe('the one-file pack', () => {
  it('is named by locale, beside the default edition', () => {
    expect(packFile('fr')).toBe('karabakh-explained-fr.html');
  });
  it('knows it renders a pack only inside renderAsPack; outside a document, figures name their file', () => {
    expect(inPack()).toBe(false);
    expect(renderAsPack(() => inPack())).toBe(true);
    expect(inPack()).toBe(false);
    expect(figureSrc('front-2020')).toBe('maps/front-2020.svg');
  });
  it('allows nothing from anywhere but its own script, by hash', () => {
    const csp = packCsp('sha256-abc=');
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'sha256-abc='");
    expect(csp).toContain('img-src data:');
    expect(csp).not.toMatch(/'self'|unsafe-inline'; script|unsafe-eval|\*/);
  });
});
