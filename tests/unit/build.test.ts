// The build itself refuses malformed story data, naming the file, the step and the field.
import { describe, expect, it } from 'vitest';
import { build } from 'vite';
import { resolve } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import storyPlugin from '../../scripts/vite-plugin-story.ts';
import { writeBrokenStory } from '../fixtures/brokenStory.ts';

const root = resolve(import.meta.dirname, '../..');

describe('vite build with broken story data', () => {
  it('fails with the file, step and field in the message', async () => {
    const outDir = mkdtempSync(resolve(tmpdir(), 'ke-build-'));
    const broken = writeBrokenStory();
    const failing = build({
      root,
      configFile: false,
      logLevel: 'silent',
      plugins: [(await import('@sveltejs/vite-plugin-svelte')).svelte(), storyPlugin({ dataDir: broken.dir })],
      build: { outDir, write: false },
    });
    const error = await failing.then(() => null, (e: Error) => e);
    expect(error?.message).toContain(`Invalid data in ${broken.file}`);
    expect(error?.message).toContain(`step "${broken.stepId}", field ${broken.field}: Invalid type: Expected number but received "thirty thousand"`);
  }, 60_000);
});
