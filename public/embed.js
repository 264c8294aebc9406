/*!
 * critical-minerals-map embed loader. MIT licence. No dependencies, no build step.
 *
 * Include once on a page that embeds the map:
 *   <iframe data-critical-minerals-map src="https://example.org/map/?embed=1" title="…"
 *           width="100%" height="HEIGHT" style="border:0;width:100%"></iframe>
 * (the "Embed this map" dialog fills in HEIGHT: the first view's height in a 640 px column)
 *   <script src="https://example.org/map/embed.js" async></script>
 *
 * It sets each map iframe's height to the height of its content, growing and shrinking.
 * A message is accepted only when it comes from the iframe's own window (event.source) and
 * from the origin of the iframe's src (or "null" for an iframe sandboxed without
 * allow-same-origin), so no other frame or site can resize anything on the page.
 */
(function () {
  'use strict';
  if (window.criticalMineralsMapEmbed) return; // included twice: one listener is enough
  var HEIGHT = 'critical-minerals-map:height';
  var ASK = 'critical-minerals-map:get-height';
  var SELECTOR = 'iframe[data-critical-minerals-map]';
  var MAX_HEIGHT = 20000;

  function frames() {
    return Array.prototype.slice.call(document.querySelectorAll(SELECTOR));
  }

  /** The origin the iframe's messages must come from, or null when it has no usable src. */
  function expectedOrigin(iframe) {
    var sandbox = iframe.getAttribute('sandbox');
    if (sandbox !== null && !/(^|\s)allow-same-origin(\s|$)/i.test(sandbox)) return 'null';
    try {
      var url = new URL(iframe.getAttribute('src') || '', document.baseURI);
      return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : null;
    } catch (e) {
      return null;
    }
  }

  function onMessage(event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== HEIGHT) return;
    var height = data.height;
    if (typeof height !== 'number' || !isFinite(height) || height <= 0 || height > MAX_HEIGHT) return;
    var list = frames();
    for (var i = 0; i < list.length; i++) {
      var iframe = list[i];
      if (iframe.contentWindow !== event.source) continue;
      if (expectedOrigin(iframe) !== event.origin) return;
      iframe.style.height = Math.ceil(height) + 'px';
      return;
    }
  }

  /**
   * True once the iframe holds a document from elsewhere. Until then it holds the initial
   * about:blank, which has the host's own origin: posting to it with the map's origin as
   * target makes the browser log an error on the host page, so it is not asked (it will
   * report by itself once loaded, and is asked again on its load event).
   */
  function loaded(iframe) {
    try {
      var href = iframe.contentWindow && iframe.contentWindow.location.href;
      return !!href && href !== 'about:blank';
    } catch (e) {
      return true; // cross-origin: its document came from the map's server
    }
  }

  /** Asks every loaded map iframe for its height: it may have reported before this script ran. */
  function ask() {
    var list = frames();
    for (var i = 0; i < list.length; i++) {
      var target = expectedOrigin(list[i]);
      if (target && list[i].contentWindow && loaded(list[i])) list[i].contentWindow.postMessage({ type: ASK }, target === 'null' ? '*' : target);
    }
  }

  window.addEventListener('message', onMessage);
  // An iframe that loads later (added by the CMS, or lazy) reports by itself once ready;
  // one that loaded before us is asked now, and each iframe is asked again when it loads.
  document.addEventListener('load', function (event) {
    var t = event.target;
    if (t && t.tagName === 'IFRAME' && t.hasAttribute('data-critical-minerals-map')) ask();
  }, true);
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', ask);
  else ask();
  window.criticalMineralsMapEmbed = { resizeAll: ask };
})();
