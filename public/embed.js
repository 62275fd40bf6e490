/*
 * embed.js: resizes the iframes of this incident map to the height of their
 * content.
 *
 * Usage (the "Embed" button of an incident page gives this code):
 *
 *   <iframe src="https://MAP.SITE/embed/incidents/ID" width="600" height="480"
 *           title="…" style="border:0;max-width:100%"></iframe>
 *   <script async src="https://MAP.SITE/embed.js"></script>
 *
 * An embed page (/embed, /embed/incidents/ID) posts
 * { type: 'incident-map:height', height: <CSS pixels> } to its parent
 * whenever its content's height changes. This script listens for that
 * message and sets the height of the iframe that sent it, provided the
 * message comes from that iframe's window and from the origin of its src
 * (and, when it can tell, the origin this script was loaded from). Iframes
 * of other sites and messages of other kinds are left alone. When it starts,
 * and whenever one of our iframes (re)loads, it asks the frames for their
 * height ({ type: 'incident-map:measure' }), in case they reported it before
 * the script ran. Without this script an embed keeps the height written in
 * its code. Plain ES5, no dependencies, no cookies, nothing sent anywhere.
 */
(function () {
  'use strict';
  if (window.__incidentMapEmbed) return; // loaded twice: one listener is enough
  window.__incidentMapEmbed = true;

  var HEIGHT = 'incident-map:height';
  var MEASURE = 'incident-map:measure';
  var MAX_HEIGHT = 20000;
  var script = document.currentScript;
  var scriptOrigin = script && script.src ? originOf(script.src) : null;

  function originOf(url) {
    try {
      return new URL(url, document.baseURI).origin;
    } catch {
      return null;
    }
  }

  /** True when `frame` shows a page of this map (same origin as the script, when known). */
  function ours(frame) {
    var origin = originOf(frame.src);
    return !!origin && origin !== 'null' && (!scriptOrigin || origin === scriptOrigin);
  }

  function ask(frame) {
    if (!ours(frame) || !frame.contentWindow) return;
    // Any target origin: the frame may still hold about:blank, and the question carries nothing private.
    frame.contentWindow.postMessage({ type: MEASURE }, '*');
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== HEIGHT || typeof data.height !== 'number' || !isFinite(data.height)) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      if (!ours(frame) || originOf(frame.src) !== event.origin) return;
      var height = Math.max(0, Math.min(MAX_HEIGHT, Math.ceil(data.height)));
      frame.style.height = height + 'px';
      frame.setAttribute('data-embed-height', String(height));
      return;
    }
  });

  function watch(frame) {
    if (frame.__incidentMapWatched) return;
    frame.__incidentMapWatched = true;
    frame.addEventListener('load', function () {
      ask(frame);
    });
    ask(frame);
  }

  function watchAll() {
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) watch(frames[i]);
  }

  watchAll();
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', watchAll);
  // Frames added later (a CMS that renders after load).
  if (window.MutationObserver)
    new MutationObserver(watchAll).observe(document.documentElement, { childList: true, subtree: true });
})();
