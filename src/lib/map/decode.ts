// The map data's text to a BaseMap. Decoding and projecting every layer takes a phone's main thread a few
// hundred milliseconds, so a worker does it (map.worker.ts) and the page only receives the paths. Where there is
// no worker (jsdom, or a browser that refuses it), the same code runs here, loaded on demand.
import { conicConformal } from './conic.ts';
import type { BaseMap } from './geo.ts';

type Reply = { ok: true; base: Omit<BaseMap, 'project'> } | { ok: false; error: string };

function inWorker(text: string): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./map.worker.ts', import.meta.url), { type: 'module' });
    const done = () => worker.terminate();
    worker.onmessage = (e: MessageEvent<Reply>) => (done(), resolve(e.data));
    worker.onerror = (e) => (done(), reject(new Error(e.message || 'map worker failed')));
    worker.postMessage(text);
  });
}

/** Rejects with a clear message when the text is not the map's TopoJSON. */
export async function decodeBaseMap(text: string): Promise<BaseMap> {
  let reply: Reply | null = null;
  if (typeof Worker === 'function') reply = await inWorker(text).catch(() => null);
  if (!reply) {
    const { buildBaseMap } = await import('./project.ts');
    return buildBaseMap(JSON.parse(text));
  }
  if (!reply.ok) throw new Error(reply.error);
  return { ...reply.base, project: conicConformal(reply.base.params) };
}
