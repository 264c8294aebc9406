/*!
 * critical-minerals-map scrollytelling helper. MIT licence. No dependencies, no build step.
 * Markup and behaviour: README, "Scrollytelling". In short, inside an element marked
 * data-map-scrolly, the step (data-map-step="<event id>", or data-map-step with
 * data-map-date and data-map-deal) whose box holds the line across the middle of the screen
 * sets the map in the iframe[data-critical-minerals-map] through its host API; between two
 * steps the one above holds. Decided from the steps' positions on every scroll, resize and
 * layout change, so fast and slow scrolls and jumps land on the right step. Under
 * prefers-reduced-motion the map jumps. Messages go only to the frame's origin.
 */
(function () {
  'use strict';
  if (window.criticalMineralsMapScrolly) return;
  var SET = 'critical-minerals-map:set';
  var EVENT = 'critical-minerals-map:event';
  // The host API fields a step may set from data-map-<field>: a new per-step field of the
  // host API is one more name here. Frame-wide options (language, theme) go in the iframe's src.
  var FIELDS = ['date', 'deal'];
  var scrollies = [];

  function reducedMotion() {
    return !!window.matchMedia && matchMedia('(prefers-reduced-motion: reduce)').matches;
  }

  /** The origin the frame's messages come from, and to address it ("null" when sandboxed without allow-same-origin). */
  function frameOrigin(frame) {
    var sandbox = frame.getAttribute('sandbox');
    if (sandbox !== null && !/(^|\s)allow-same-origin(\s|$)/i.test(sandbox)) return 'null';
    try {
      var url = new URL(frame.getAttribute('src') || '', document.baseURI);
      return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : null;
    } catch (e) {
      return null;
    }
  }

  /** True once the frame holds the map's document, not the initial about:blank (see embed.js). */
  function loaded(frame) {
    try {
      var href = frame.contentWindow && frame.contentWindow.location.href;
      return !!href && href !== 'about:blank';
    } catch (e) {
      return true;
    }
  }

  /** The `set` message a step asks for, or null when it names nothing. */
  function message(step) {
    var id = step.getAttribute('data-map-step');
    var m = { type: SET };
    var any = false;
    if (id) {
      m.event = id;
      any = true;
    } else {
      for (var i = 0; i < FIELDS.length; i++) {
        var value = step.getAttribute('data-map-' + FIELDS[i]);
        if (value === null) continue;
        m[FIELDS[i]] = FIELDS[i] === 'deal' && value === '' ? null : value;
        any = true;
      }
    }
    if (reducedMotion()) m.motion = 'jump';
    return any ? m : null;
  }

  function Scrolly(root) {
    this.root = root;
    this.frame = root.querySelector('iframe[data-critical-minerals-map]') || document.querySelector('iframe[data-critical-minerals-map]');
    this.steps = [];
    this.active = null;
    this.ready = false;
    this.refresh();
  }

  /** The line's distance from the top of the viewport, in px. */
  Scrolly.prototype.line = function () {
    var f = parseFloat(this.root.getAttribute('data-map-offset'));
    return innerHeight * (f >= 0 && f <= 1 ? f : 0.5);
  };

  /** Re-reads the steps (after the article's markup changed) and watches them. */
  Scrolly.prototype.refresh = function () {
    var self = this;
    this.steps = Array.prototype.slice.call(this.root.querySelectorAll('[data-map-step]'));
    if (this.observer) this.observer.disconnect();
    if (window.IntersectionObserver) {
      var f = this.line() / innerHeight;
      // A line-thin root: a step crossing the line, or moved across it by a layout change.
      this.observer = new IntersectionObserver(schedule, { rootMargin: -f * 100 + '% 0px ' + -(1 - f) * 100 + '% 0px' });
      this.steps.forEach(function (s) {
        self.observer.observe(s);
      });
    }
    this.update();
  };

  /** The step that holds the line: the last one whose top has reached it. */
  Scrolly.prototype.pick = function () {
    var y = this.line();
    var found = null;
    for (var i = 0; i < this.steps.length; i++) if (this.steps[i].getBoundingClientRect().top <= y) found = this.steps[i];
    return found;
  };

  Scrolly.prototype.update = function () {
    var step = this.pick();
    if (step === this.active) return;
    if (this.active) this.active.removeAttribute('data-map-active');
    this.active = step;
    if (!step) return;
    step.setAttribute('data-map-active', '');
    this.send();
  };

  Scrolly.prototype.send = function () {
    var frame = this.frame;
    var m = this.active && message(this.active);
    var origin = frame && frameOrigin(frame);
    // Before the map is there, the message waits for its `ready` (posting to the frame's
    // initial blank page would be an error on this page).
    if (!m || !origin || !frame.contentWindow || !(this.ready || loaded(frame))) return;
    frame.contentWindow.postMessage(m, origin === 'null' ? '*' : origin);
  };

  Scrolly.prototype.onMessage = function (event) {
    var d = event.data;
    var frame = this.frame;
    if (!frame || event.source !== frame.contentWindow || !d || d.type !== EVENT || d.name !== 'ready') return;
    if (event.origin !== frameOrigin(frame)) return;
    this.ready = true;
    this.send();
  };

  var queued = false;
  function schedule() {
    if (queued) return;
    queued = true;
    requestAnimationFrame(function () {
      queued = false;
      for (var i = 0; i < scrollies.length; i++) scrollies[i].update();
    });
  }

  function start() {
    var roots = Array.prototype.slice.call(document.querySelectorAll('[data-map-scrolly]'));
    if (!roots.length && document.querySelector('[data-map-step]')) roots = [document.body];
    for (var i = 0; i < roots.length; i++) scrollies.push(new Scrolly(roots[i]));
  }

  addEventListener('message', function (event) {
    for (var i = 0; i < scrollies.length; i++) scrollies[i].onMessage(event);
  });
  addEventListener('scroll', schedule, { passive: true });
  // The observer's margins are fractions of the viewport and follow it; the steps move.
  addEventListener('resize', schedule);
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
  window.criticalMineralsMapScrolly = {
    /** After the article's markup changed: re-read the steps and set the map for the current one. */
    refresh: function () {
      for (var i = 0; i < scrollies.length; i++) scrollies[i].refresh();
    },
  };
})();
