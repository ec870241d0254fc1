// The build itself refuses malformed story data, naming the file, the step and the field.
import { describe, expect, it } from 'vitest';
import { build } from 'vite';
import { resolve } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import storyPlugin from '../../scripts/vite-plugin-story.ts';

const root = resolve(import.meta.dirname, '../..');

describe('vite build with broken story data', () => {
  it('fails with the file, step and field in the message', async () => {
    const outDir = mkdtempSync(resolve(tmpdir(), 'ke-build-'));
    const failing = build({
      root,
      configFile: false,
      logLevel: 'silent',
      plugins: [(await import('@sveltejs/vite-plugin-svelte')).svelte(), storyPlugin({ dataDir: resolve(root, 'tests/fixtures/broken-story') })],
      build: { outDir, write: false },
    });
    await expect(failing).rejects.toThrow(/broken-story\/story\.en\.json[\s\S]*step "ceasefire-1994", field sections\[2\]\.steps\[4\]\.counters\[0\]\.value/);
  }, 60_000);
});
