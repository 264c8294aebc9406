// Drives the embedded map from the example host page with the host API.
(function () {
    'use strict';
    var frame = document.getElementById('map-frame');
    var drive = document.getElementById('drive');
    // The map's origin: messages are addressed to it only.
    var target = new URL(frame.getAttribute('src'), document.baseURI).origin;
    function set(message) {
      message.type = 'critical-minerals-map:set';
      frame.contentWindow.postMessage(message, target);
    }
    function button(label, message) {
      var b = document.createElement('button');
      b.type = 'button';
      b.textContent = label;
      b.addEventListener('click', function () { set(message); });
      drive.appendChild(b);
    }
    // The page's own dark mode: the frame (theme=auto) follows the color-scheme it inherits.
    var dark = document.getElementById('dark-page');
    dark.addEventListener('click', function () {
      var on = document.documentElement.classList.toggle('is-dark');
      dark.setAttribute('aria-pressed', String(on));
    });
    // The data files have content-hashed names (data/events.<hash>.json); the map's own page
    // names the current one in its preload links.
    var mapPage = new URL(frame.getAttribute('src'), document.baseURI);
    fetch(mapPage).then(function (r) { return r.text(); }).then(function (html) {
      var doc = new DOMParser().parseFromString(html, 'text/html');
      var link = doc.querySelector('link[rel="preload"][href*="data/events."]');
      return fetch(new URL(link.getAttribute('href'), mapPage)).then(function (r) { return r.json(); });
    }).then(function (data) {
      data.events.forEach(function (e) {
        if (e.deal) button(e.date + ': ' + e.title, { date: e.date, deal: e.id });
      });
      var last = data.events[data.events.length - 1];
      if (last) button(last.date + ': ' + last.title, { date: last.date, deal: null });
    });
  })();
