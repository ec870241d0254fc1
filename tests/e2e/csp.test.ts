// Strict CSP: every built page carries a Content-Security-Policy that allows scripts only from our own origin
// (and the one inline bootstrap, by its hash),
// and a reader walking through the story in every mode triggers no violation.
import { describe, expect } from 'vitest';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { baseUrl as base, test } from './browser.ts';
import { distDir, EDITIONS, modes, openMode, walkThrough } from './quality.ts';


function policyOf(html: string): Map<string, string> | null {
  const m = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html);
  if (!m) return null;
  return new Map(
    m[1]
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([k, ...v]) => [k, v.join(' ')]),
  );
}

describe('the Content-Security-Policy of every built page', () => {
  // Every edition's pages: index.html, embed.html, fr/index.html, … (not the one-file classroom packs, whose policy
  // allows nothing from anywhere: pack.test.ts).
  const pages = EDITIONS.flatMap((e) => readdirSync(resolve(distDir, e.prefix.slice(1))).filter((f) => f.endsWith('.html') && !f.startsWith('karabakh-explained-')).map((f) => (e.prefix ? `${e.prefix.slice(1)}/${f}` : f)));
  test('covers index.html and every other page', () => {
    expect(pages).toContain('index.html');
    for (const e of EDITIONS.slice(1)) expect(pages).toContain(`${e.code}/index.html`);
  });
  test.for(pages)('%s is strict: scripts from self only, no inline script, no plugins, no base or form hijack', (file) => {
    const html = readFileSync(resolve(distDir, file), 'utf8');
    const csp = policyOf(html);
    expect(csp, `${file} has no CSP meta tag`).not.toBeNull();
    expect(csp!.get('default-src')).toBe("'self'");
    // Scripts: our origin, plus the hash of each inline bootstrap (never 'unsafe-inline').
    const scriptSrc = csp!.get('script-src')!.split(' ');
    expect(scriptSrc[0]).toBe("'self'");
    for (const s of scriptSrc.slice(1)) expect(s).toMatch(/^'sha256-[A-Za-z0-9+/]+=*'$/);
    expect(csp!.get('object-src')).toBe("'none'");
    expect(csp!.get('base-uri')).toBe("'self'");
    expect(csp!.get('form-action')).toBe("'none'");
    expect(csp!.get('img-src')).toBe("'self' data:");
    expect(csp!.get('frame-src')).toBe("'self'");
    // The service worker (offline after the first visit) from our origin, nothing else.
    expect(csp!.get('worker-src')).toBe("'self'");
    for (const [k, v] of csp!) expect(v, k).not.toMatch(/\*|https?:|unsafe-eval/);
    // The tag comes before anything that loads, and every script in the page is an external file.
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.search(/<script|<link\s[^>]*stylesheet|<style/));
    for (const [, attrs, code] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
      if (/\bsrc="/.test(attrs)) expect(attrs).toMatch(/\bsrc="\//);
      // JSON-LD (#19) is a data block, which the browser never runs (so CSP has nothing to say about it): it must
      // be JSON, and the only kind of data block in the page.
      else if (/\btype="application\/ld\+json"/.test(attrs)) expect(() => JSON.parse(code)).not.toThrow();
      else expect(scriptSrc, `inline script without a hash: ${code.slice(0, 60)}`).toContain(`'sha256-${createHash('sha256').update(code).digest('base64')}'`);
    }
    expect(html).not.toMatch(/\son[a-z]+="/i);
  });
});

describe('no CSP violation while reading', () => {
  test.for(modes().map((m) => [m.label, m] as const))('in %s mode, through every step', async ([_name, mode], { open }) => {
    const { page, errors } = await open({ viewport: { width: 1280, height: 800 } });
    await page.addInitScript(() => {
      const w = window as unknown as { __csp: string[] };
      w.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
    });
    await openMode(page, base, mode);
    const visited = await walkThrough(page, mode);
    expect(visited.length).toBeGreaterThan(0);
    const violations = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('the policy is really enforced: an injected inline script is blocked and reported', async ({ open }) => {
    const { page } = await open();
    await page.addInitScript(() => {
      const w = window as unknown as { __csp: string[] };
      w.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(e.violatedDirective));
    });
    await page.goto(base + '/');
    const ran = await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__pwned = true';
      document.head.append(s);
      return new Promise((ok) => setTimeout(() => ok((window as unknown as { __pwned?: boolean }).__pwned ?? false), 50));
    });
    expect(ran).toBe(false);
    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toContain('script-src-elem');
  });
});
