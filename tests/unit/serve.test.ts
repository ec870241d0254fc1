// The built site is served precompressed: the build writes Brotli and gzip copies of every text file, and the
// server sends the one the browser accepts (the same bytes, decompressed), with Vary and a size that shows it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { resolve } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { startServer } from '../../scripts/serve.mjs';
import { readEditions } from '../../scripts/editions.mjs';

const dist = resolve(import.meta.dirname, '../..', process.env.KE_OUT_DIR ?? 'dist');
let server: { url: string; close: () => Promise<void> };
beforeAll(async () => {
  server = await startServer({ root: dist });
});
afterAll(() => server?.close());

function get(path: string, encoding?: string): Promise<{ headers: Record<string, string | string[] | undefined>; body: Buffer; status: number }> {
  return new Promise((ok, fail) => {
    const req = request(server.url + path, { headers: encoding ? { 'accept-encoding': encoding } : {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => ok({ headers: res.headers, body: Buffer.concat(chunks), status: res.statusCode ?? 0 }));
    });
    req.on('error', fail);
    req.end();
  });
}

describe('precompressed serving', () => {
  it('the build wrote .br and .gz beside the pages', () => {
    for (const f of ['index.html', 'embed.html', 'embed.js']) {
      expect(existsSync(resolve(dist, f + '.br')), f + '.br').toBe(true);
      expect(existsSync(resolve(dist, f + '.gz')), f + '.gz').toBe(true);
    }
  });

  it('sends Brotli, gzip or the file itself, each the same page', async () => {
    const file = readFileSync(resolve(dist, 'index.html'));
    const br = await get('/', 'gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.body).equals(file)).toBe(true);
    const gz = await get('/', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).equals(file)).toBe(true);
    expect(br.body.length).toBeLessThan(gz.body.length);
    const plain = await get('/');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.equals(file)).toBe(true);
    for (const r of [br, gz, plain]) expect(r.headers.vary).toBe('accept-encoding');
  });

  it('sends an edition’s folder to its slash', async () => {
    for (const { code } of readEditions().filter((e) => !e.isDefault)) {
      const r = await get(`/${code}?section=intro`);
      expect(r.status).toBe(301);
      expect(r.headers.location).toBe(`/${code}/?section=intro`);
    }
  });
});
