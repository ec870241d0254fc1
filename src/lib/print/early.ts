// Build time: the line the page's inline bootstrap runs first, as the document finishes parsing (see
// scripts/vite-plugin-csp.ts; its hash is in the page's CSP). On a screen wider than a phone's and without
// Save-Data, it preloads the main page's step figures and QR codes (<link rel="preload" as="image">), which holds the page's
// load event until they are in: a browser does not wait for the network once printing has begun, so this is what
// lets a print at any time after load (Ctrl+P, the menu, "Save as PDF") have every map. (Switching the lazy images
// to eager instead would not hold the load event.) Once the client runs, preloadForPrint (prepare.ts) switches the
// images to eager, which uses the preloaded files. Phones keep the figures lazy and download none of them.
import { PRELOAD_MEDIA } from './prepare.ts';

export const PRINT_PRELOAD =
  `if(document.querySelector('#app[data-page=main]')&&matchMedia(${JSON.stringify(PRELOAD_MEDIA)}).matches&&!(navigator.connection&&navigator.connection.saveData))` +
  `for(const u of new Set([...document.querySelectorAll('figure.step-figure img,img.step-qr')].map(i=>i.src))){const l=document.createElement('link');l.rel='preload';l.as='image';l.href=u;document.head.append(l)}`;
