// Serves the built site (dist/) on 127.0.0.1 for the end-to-end tests, plus a second origin (localhost) for
// host pages that embed it. `npm test` builds first.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startServer } from '../../scripts/serve.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const dist = resolve(import.meta.dirname, '../..', process.env.KE_OUT_DIR ?? 'dist');
  if (!existsSync(resolve(dist, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
  const server = await startServer({ root: dist });
  project.provide('baseUrl', server.url);
  return () => server.close();
}
