/*
 * Stalking Protection Orders by force: embed resizer.
 * Fits each embedded chart's iframe to the chart's height. It listens for the
 * message the embed posts ({ type: "spo-embed-height", height, id }), accepts
 * it only from the origin this script was loaded from and only in that shape,
 * and resizes only the iframe that sent it. Without this script the iframe
 * still shows the chart at the height written in the embed code.
 */
(function () {
  var script = document.currentScript;
  if (!script || !script.src) return;
  var origin = new URL(script.src).origin;
  var flag = 'spoEmbedResizer:' + origin;
  // The code may be pasted once per chart: one listener is enough.
  if (window[flag]) return;
  window[flag] = true;

  window.addEventListener('message', function (event) {
    if (event.origin !== origin) return;
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== 'spo-embed-height' || typeof data.id !== 'string') return;
    var height = data.height;
    if (typeof height !== 'number' || !isFinite(height) || height < 1 || height > 20000) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = Math.ceil(height) + 'px';
        return;
      }
    }
  });
})();
