// Offline after the first visit: registers the site's service worker (sw.js, written by src/build/offline.ts
// beside the default edition's index.html, so one worker covers every edition) once the page is idle.
// Never inside a frame (an embed must not install anything in a reader's browser for the host's page), never from
// file:// or another insecure context (the classroom pack works there on its own), never in a pack, and not when the
// reader asked their browser to save data.
import { inPack } from './pack.ts';

export interface OfflineEnv {
  /** Whether the page is the top-level document. */
  top: boolean;
  protocol: string;
  secure: boolean;
  hasWorker: boolean;
  saveData: boolean;
  pack: boolean;
  page: string;
}

/** Whether this page may register the worker. */
export function mayRegister(env: OfflineEnv): boolean {
  return env.top && env.hasWorker && env.secure && /^https?:$/.test(env.protocol) && !env.saveData && !env.pack && env.page === 'main';
}

function isTop(): boolean {
  try {
    return window.self === window.top;
  } catch {
    return false;
  }
}

/** Registers `swUrl` (relative to the page) once the page has loaded and the browser is idle. */
export function registerOffline(swUrl: string, page: string): void {
  const nav = navigator as Navigator & { connection?: { saveData?: boolean } };
  const env: OfflineEnv = {
    top: isTop(),
    protocol: location.protocol,
    secure: window.isSecureContext,
    hasWorker: 'serviceWorker' in nav,
    saveData: !!nav.connection?.saveData,
    pack: inPack(),
    page,
  };
  if (!mayRegister(env)) return;
  const register = () => {
    const idle = window.requestIdleCallback ?? ((cb: () => void) => setTimeout(cb, 1));
    idle(() => {
      // The worker's folder is its scope: the whole site, every edition.
      nav.serviceWorker.register(new URL(swUrl, document.baseURI)).catch(() => {
        // No worker (a host that serves sw.js wrongly, a private window): the page works online as before.
      });
    }, { timeout: 5000 });
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
