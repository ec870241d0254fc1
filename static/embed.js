/* Karabakh Explained embed loader: paste it after the embed's iframe (<iframe data-karabakh-embed src=".../embed.html">).
   It sizes each such iframe to its content (the embed's Pym.js height messages) and tells the embed where the
   iframe is in the window as the reader scrolls (Pym's viewport-iframe-position message), so the embed can keep
   its map in view. Accepts messages only from its own iframes' windows and origins; sends nothing elsewhere.
   No dependencies, no inline script needed, no requests. */
(function () {
  'use strict';
  if (window.karabakhEmbed) {
    window.karabakhEmbed.scan();
    return;
  }
  var D = 'xPYMx';
  var HEIGHT = /^pymxPYMx([\w.:-]{1,100})xPYMxheightxPYMx(\d{1,7})$/;
  var frames = [];
  var pending = 0;

  function originOf(src) {
    try {
      return new URL(src, location.href).origin;
    } catch (e) {
      return null;
    }
  }

  function scan() {
    var els = document.querySelectorAll('iframe[data-karabakh-embed]');
    for (var i = 0; i < els.length; i++) {
      var el = els[i];
      if (el.karabakhEmbed) continue;
      var src = el.getAttribute('src') || '';
      var id = null;
      try {
        id = new URL(src, location.href).searchParams.get('childId');
      } catch (e) {}
      var f = { el: el, origin: originOf(src), id: id && /^[\w.:-]{1,100}$/.test(id) ? id : 'karabakh-embed', sized: false };
      el.karabakhEmbed = f;
      frames.push(f);
      // Ask for the height (the embed may have sent it before this script ran), now and once it has loaded.
      // (To any origin: the frame may still hold its blank first document; the width is no secret.)
      hello(f)();
      el.addEventListener('load', hello(f));
    }
  }

  function send(f, type, payload) {
    if (f.id && f.el.contentWindow && f.origin) f.el.contentWindow.postMessage(['pym', f.id, type, payload].join(D), f.origin);
  }

  function hello(f) {
    return function () {
      if (f.el.contentWindow) f.el.contentWindow.postMessage(['pym', f.id, 'width', String(f.el.offsetWidth)].join(D), '*');
    };
  }

  function position(f) {
    var r = f.el.getBoundingClientRect();
    var vw = window.innerWidth || document.documentElement.clientWidth;
    var vh = window.innerHeight || document.documentElement.clientHeight;
    send(f, 'viewport-iframe-position', [vw, vh, r.top, r.left, r.bottom, r.right].map(Math.round).join(' '));
  }

  function update() {
    pending = 0;
    for (var i = 0; i < frames.length; i++) if (frames[i].sized) position(frames[i]);
  }
  function schedule() {
    if (!pending) pending = requestAnimationFrame(update);
  }

  window.addEventListener('message', function (e) {
    var f = null;
    for (var i = 0; i < frames.length; i++) if (frames[i].el.contentWindow === e.source) f = frames[i];
    if (!f || e.origin !== f.origin || typeof e.data !== 'string' || e.data.length > 200) return;
    var m = HEIGHT.exec(e.data);
    if (!m) return;
    var h = Number(m[2]);
    if (h < 1 || h > 1000000) return;
    var first = !f.sized;
    f.sized = true;
    f.id = m[1];
    f.el.style.height = h + 'px';
    f.el.setAttribute('height', String(h));
    if (first) {
      f.el.setAttribute('scrolling', 'no');
      send(f, 'width', String(f.el.offsetWidth));
    }
    position(f);
  });
  window.addEventListener('scroll', schedule, { passive: true });
  window.addEventListener('resize', function () {
    for (var i = 0; i < frames.length; i++) send(frames[i], 'width', String(frames[i].el.offsetWidth));
    schedule();
  });
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
  window.addEventListener('load', scan); // iframes a CMS inserted late; call karabakhEmbed.scan() for later ones
  scan();
  window.karabakhEmbed = { scan: scan };
})();
