/* Starts the embed's hydration even off screen. The page defers its entry modules to the first animation frame
   (after first paint), but a browser runs no animation frames in a cross-origin iframe that is off screen, and an
   embed below the fold must still tell its host its height. Framed, this imports the same modules the page's
   bootstrap names (a module runs once, whoever imports it first). Not framed, it does nothing. */
(function () {
  'use strict';
  if (window.parent === window) return;
  setTimeout(function () {
    var boot = document.querySelectorAll('script[type="module"]:not([src])');
    for (var i = 0; i < boot.length; i++) {
      var re = /import\("(\/[^"]{1,200}\.js)"\)/g;
      var m;
      while ((m = re.exec(boot[i].textContent || ''))) import(m[1]);
    }
  }, 0);
})();
