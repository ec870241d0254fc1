// Decodes and projects the map data off the main thread: the TopoJSON text in, every layer's SVG path out (the
// BaseMap without its `project` function, which cannot cross to the page; the page rebuilds it from `params`).
import { buildBaseMap } from './project.ts';

self.onmessage = (e: MessageEvent<string>) => {
  try {
    const { project: _, ...base } = buildBaseMap(JSON.parse(e.data));
    self.postMessage({ ok: true, base });
  } catch (err) {
    self.postMessage({ ok: false, error: err instanceof Error ? err.message : String(err) });
  }
};
