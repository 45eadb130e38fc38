/* Uplift progressive enhancement. Every widget works without this script; with it:
   - quick add (suggestion cards, comparison table): the widget's form is sent with fetch and the answer shown in the
     card instead of posting and redirecting back;
   - "frequently bought together" (bundle): the figures follow the check boxes at once, from the unit prices in cents
     and the discount rule in the widget's data attributes (display only: the server prices from the catalog and
     applies the same rule, a partial set never gets the discount), and "add selected to cart" is sent with fetch.
   - free-shipping nudge: a gap filler's add is sent with fetch, then the cart page reloads, or a region marked
     data-uplift-refresh (a mini-cart) is replaced by a fresh copy; any add refreshes such regions.
   - checkout add-ons: ticking or clearing a box sends the selection with fetch at once; on success the page is
     reloaded so the order summary shows the server's new total, on a refusal the box goes back and the message shows.
   - events: seen widgets and clicks on suggestion links are reported to POST /uplift/events (see below).
   Elements with data-uplift-cart-count get the cart's new quantity; document receives an uplift:added event. */
(function () {
  'use strict';
  if (window.__uplift) {
    return;
  }
  window.__uplift = true;
  var FAILED = 'Sorry, that did not work. Please try again.';
  var canPost = !!(window.fetch && window.FormData && window.URLSearchParams);

  /* The overrides of a card's add: the product, and the strategy that suggested the card (attribution). */
  function cardFields(button) {
    var fields = {productId: button.value};
    var card = button.closest('[data-uplift-source]');
    if (card && card.getAttribute('data-uplift-source')) {
      fields.upliftStrategy = card.getAttribute('data-uplift-source');
    }
    return fields;
  }

  /* Sends the form's fields (with overrides) asking for JSON; done(answer) gets the answer or a failure. */
  function postJson(form, overrides, done) {
    var body = new URLSearchParams(new FormData(form));
    for (var name in overrides) {
      body.set(name, overrides[name]);
    }
    postBody(form.action, body, done);
  }

  /* Posts a URL-encoded body asking for JSON; done(answer) gets the answer or a failure. */
  function postBody(url, body, done) {
    fetch(url, {
      method: 'POST',
      body: body,
      credentials: 'same-origin',
      headers: {'Accept': 'application/json'}
    }).then(function (response) {
      return response.json().catch(function () {
        return {ok: false, message: FAILED};
      });
    }).catch(function () {
      return {ok: false, message: FAILED};
    }).then(done);
  }

  /* A successful answer: the header's cart count follows; an uplift:added event when the cart changed. */
  function announce(answer) {
    if (!answer.ok || typeof answer.cartQuantity !== 'number') {
      return;
    }
    var counts = document.querySelectorAll('[data-uplift-cart-count]');
    for (var i = 0; i < counts.length; i++) {
      counts[i].textContent = String(answer.cartQuantity);
    }
    if (answer.changed !== false) {
      document.dispatchEvent(new CustomEvent('uplift:added', {detail: answer}));
    }
  }

  function say(element, base, text, ok) {
    if (element) {
      element.textContent = text;
      element.className = base + (text ? ' ' + base + (ok ? '--ok' : '--error') : '');
    }
  }

  var lastButton = null;
  document.addEventListener('click', function (event) {
    var button = event.target.closest
        ? event.target.closest('.uplift-card__button, .uplift-bundle__add, .uplift-bundle__update, .uplift-nudge__add')
        : null;
    if (button) {
      lastButton = button;
    }
  }, true);

  // quick add ======================================================================================================

  function quickAdd(event, form) {
    var button = event.submitter || lastButton;
    if (!button || !form.contains(button) || !button.value) {
      return; // not a card's button: let the browser post the form
    }
    event.preventDefault();
    var card = button.closest('.uplift-card') || button.closest('.uplift-compare__choose');
    var message = card && card.querySelector('.uplift-card__message');
    button.disabled = true;
    postJson(form, cardFields(button), function (answer) {
      say(message, 'uplift-card__message', answer.message || '', answer.ok);
      announce(answer);
      button.disabled = false;
    });
  }

  // bundle =========================================================================================================

  function discountCents(widget, setCents) {
    var value = parseFloat(widget.getAttribute('data-discount-value'));
    if (!(value > 0)) {
      return 0;
    }
    var hundredths = Math.round(value * 100); // 12.5 % -> 1250; $25 -> 2500 cents
    var d = widget.getAttribute('data-discount-type') === 'AMOUNT' ? hundredths
        : Math.floor((setCents * hundredths + 5000) / 10000); // half up, like the server
    return Math.max(0, Math.min(d, setCents));
  }

  function money(widget, cents) {
    var currency = widget.getAttribute('data-currency') || 'USD';
    try {
      return new Intl.NumberFormat('en-US', {style: 'currency', currency: currency}).format(cents / 100);
    } catch (e) {
      return (cents / 100).toFixed(2) + ' ' + currency;
    }
  }

  function setText(widget, selector, text) {
    var nodes = widget.querySelectorAll(selector);
    for (var i = 0; i < nodes.length; i++) {
      nodes[i].textContent = text;
    }
  }

  function recompute(widget) {
    var items = widget.querySelectorAll('.uplift-bundle__item');
    var full = 0;
    var selected = 0;
    var selectedCents = 0;
    for (var i = 0; i < items.length; i++) {
      var cents = parseInt(items[i].getAttribute('data-price-cents'), 10) || 0;
      var box = items[i].querySelector('.uplift-bundle__check');
      var on = !!(box && box.checked);
      full += cents;
      if (on) {
        selected++;
        selectedCents += cents;
      }
      items[i].classList.toggle('uplift-is-unselected', !on);
    }
    var saving = discountCents(widget, full);
    var complete = selected === items.length;
    setText(widget, '.uplift-bundle__selected-total', money(widget, selectedCents));
    setText(widget, '.uplift-bundle__bundle-price', money(widget, full - saving));
    setText(widget, '.uplift-bundle__saving', money(widget, saving));
    setText(widget, '.uplift-bundle__count', String(items.length));
    var lines = {complete: complete, partial: !complete && selected > 0, none: selected === 0};
    for (var name in lines) {
      var line = widget.querySelector('.uplift-bundle__line--' + name);
      if (line) {
        line.hidden = !lines[name];
      }
    }
    var add = widget.querySelector('.uplift-bundle__add');
    if (add) {
      add.disabled = selected === 0;
    }
    say(widget.querySelector('.uplift-bundle__message'), 'uplift-bundle__message', '', true);
  }

  function addBundle(event, form) {
    var button = event.submitter || lastButton;
    if (!canPost || (button && button.classList.contains('uplift-bundle__update'))) {
      return; // "update price" (or no fetch): let the browser post it
    }
    event.preventDefault();
    var widget = form.closest('.uplift-bundle');
    var add = form.querySelector('.uplift-bundle__add');
    if (add) {
      add.disabled = true;
    }
    postJson(form, {}, function (answer) {
      say(widget.querySelector('.uplift-bundle__message'), 'uplift-bundle__message', answer.message || '', answer.ok);
      announce(answer);
      var token = form.querySelector('input[name=token]');
      if (token && answer.ok && typeof answer.token === 'string') {
        token.value = answer.token; // the spent token would make the next add a replay
      }
      if (add) {
        add.disabled = form.querySelectorAll('.uplift-bundle__check:checked').length === 0;
      }
    });
  }

  // free-shipping nudge =========================================================================================
  // A gap filler's add goes with fetch; then the figures must follow: a region of the page marked
  // data-uplift-refresh (the theme's mini-cart) is replaced by its fresh copy, anywhere else the page reloads.
  // Adds made by other widgets refresh the marked regions too, so a mini-cart's nudge never shows stale figures.

  function refreshRegions() {
    var regions = document.querySelectorAll('[data-uplift-refresh]');
    if (!regions.length || !window.DOMParser) {
      return;
    }
    fetch(window.location.href, {credentials: 'same-origin', headers: {'Accept': 'text/html'}}).then(function (response) {
      return response.ok ? response.text() : null;
    }).then(function (html) {
      if (!html) {
        return;
      }
      var fresh = new DOMParser().parseFromString(html, 'text/html');
      for (var i = 0; i < regions.length; i++) {
        var name = regions[i].getAttribute('data-uplift-refresh');
        var next = fresh.querySelector('[data-uplift-refresh="' + name + '"]');
        if (next) {
          next = document.importNode(next, true);
          regions[i].parentNode.replaceChild(next, regions[i]);
        }
      }
    }).catch(function () {
      // the old figures stay; the cart itself is right
    });
  }

  function addFiller(event, form) {
    var button = event.submitter || lastButton;
    if (!button || !form.contains(button) || !button.value) {
      return;
    }
    event.preventDefault();
    var filler = button.closest('.uplift-nudge__filler');
    var message = filler && filler.querySelector('.uplift-card__message');
    button.disabled = true;
    postJson(form, cardFields(button), function (answer) {
      say(message, 'uplift-card__message', answer.message || '', answer.ok);
      button.disabled = false;
      if (!answer.ok) {
        return;
      }
      if (form.closest('[data-uplift-refresh]')) {
        announce(answer); // refreshes the region through the uplift:added event
      } else {
        window.location.reload();
      }
    });
  }

  // checkout add-ons ================================================================================================

  function sendAddOns(form, box) {
    var widget = form.closest('.uplift-add-ons');
    var message = widget && widget.querySelector('.uplift-add-ons__message');
    var boxes = form.querySelectorAll('.uplift-add-ons__check');
    var body = new URLSearchParams(new FormData(form)); // read before the boxes are disabled (FormData skips those)
    for (var i = 0; i < boxes.length; i++) {
      boxes[i].disabled = true;
    }
    postBody(form.action, body, function (answer) {
      say(message, 'uplift-add-ons__message', answer.message || '', answer.ok);
      if (answer.ok) {
        window.location.reload();
        return;
      }
      for (var k = 0; k < boxes.length; k++) {
        boxes[k].disabled = false;
      }
      if (box) {
        box.checked = !box.checked;
      }
    });
  }

  document.addEventListener('uplift:added', refreshRegions);

  document.addEventListener('change', function (event) {
    var box = event.target;
    if (canPost && box.classList && box.classList.contains('uplift-add-ons__check')) {
      sendAddOns(box.form, box);
      return;
    }
    var widget = box.classList && box.classList.contains('uplift-bundle__check') ? box.closest('.uplift-bundle') : null;
    if (widget) {
      recompute(widget);
    }
  });

  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!form.classList) {
      return;
    }
    if (form.classList.contains('uplift-widget__form') && canPost) {
      quickAdd(event, form);
    } else if (form.classList.contains('uplift-bundle__form')) {
      addBundle(event, form);
    } else if (form.classList.contains('uplift-warranty__decline') && canPost) {
      declinePlan(event, form);
    } else if (form.classList.contains('uplift-nudge__form') && canPost) {
      addFiller(event, form);
    } else if (form.classList.contains('uplift-add-ons__form') && canPost) {
      event.preventDefault();
      sendAddOns(form, null);
    }
  });

  // protection plan "No thanks" =====================================================================================

  /* Sends the decline and folds the selector away with the server's message (it counts towards the offer limit). */
  function declinePlan(event, form) {
    event.preventDefault();
    var widget = form.closest('.uplift-warranty');
    var message = widget && widget.querySelector('.uplift-warranty__message');
    postJson(form, {}, function (answer) {
      if (answer.ok && widget) {
        widget.classList.add('uplift-warranty--declined');
      }
      say(message, 'uplift-warranty__message', answer.message || '', answer.ok);
    });
  }

  // events (README, "Events and attribution") =====================================================================

  /* Seen widgets (half of a widget, or half of the window, in view) and clicks on a suggestion's link are sent to
     POST /uplift/events in small batches: with navigator.sendBeacon (survives leaving the page), else fetch with
     keepalive; the body is a form post with the session's CSRF token (from a widget's form) and the events as JSON.
     Each event once per page view (the server also keeps its key unique). Rendered impressions, adds and purchases
     are recorded by the server. */
  var eventQueue = [];
  var eventKeys = {};

  function eventsUrl() {
    var script = document.querySelector('script[src*="/uplift-assets/uplift.js"]');
    return script ? script.getAttribute('src').replace(/\/uplift-assets\/uplift\.js.*$/, '/uplift/events')
        : '/uplift/events';
  }

  function track(type, widget, productId) {
    var slot = widget.closest('[data-uplift-page-view]');
    var pageView = slot && slot.getAttribute('data-uplift-page-view');
    var widgetId = widget.getAttribute('data-uplift-widget');
    var key = type + '|' + pageView + '|' + widgetId + '|' + (productId || '-');
    if (!pageView || !widgetId || eventKeys[key]) {
      return;
    }
    eventKeys[key] = true;
    var event = {type: type, pageView: pageView, widget: widgetId, ts: Date.now()};
    if (productId) {
      event.product = productId;
    }
    eventQueue.push(event);
    if (eventQueue.length >= 20) {
      flushEvents();
    }
  }

  function flushEvents() {
    var token = document.querySelector('.uplift-slot input[name="csrfToken"]');
    if (!eventQueue.length || !token) {
      return;
    }
    var body = new URLSearchParams();
    body.set('csrfToken', token.value);
    body.set('events', JSON.stringify(eventQueue.splice(0, 50)));
    var url = eventsUrl();
    if (!(navigator.sendBeacon && navigator.sendBeacon(url, body)) && window.fetch) {
      fetch(url, {method: 'POST', body: body, credentials: 'same-origin', keepalive: true})['catch'](function () {});
    }
  }

  function startEvents() {
    if (!window.URLSearchParams || !window.JSON || !Element.prototype.closest) {
      return;
    }
    var widgets = document.querySelectorAll('.uplift-slot [data-uplift-widget]');
    if (widgets.length && 'IntersectionObserver' in window) {
      var observer = new IntersectionObserver(function (entries) {
        for (var i = 0; i < entries.length; i++) {
          var e = entries[i];
          if (e.isIntersecting && (e.intersectionRatio >= 0.5 || e.intersectionRect.height >= window.innerHeight / 2)) {
            track('IMPRESSION_SEEN', e.target, null);
            observer.unobserve(e.target);
          }
        }
      }, {threshold: [0, 0.25, 0.5]});
      for (var w = 0; w < widgets.length; w++) {
        observer.observe(widgets[w]);
      }
    }
    document.addEventListener('click', function (event) {
      var link = event.target.closest('.uplift-slot [data-uplift-widget] [data-product-id] a[href]');
      if (link) {
        track('CLICK', link.closest('[data-uplift-widget]'), link.closest('[data-product-id]').getAttribute('data-product-id'));
        flushEvents();
      }
    }, true);
    window.setInterval(flushEvents, 5000);
    document.addEventListener('visibilitychange', function () {
      if (document.visibilityState === 'hidden') {
        flushEvents();
      }
    });
    window.addEventListener('pagehide', flushEvents);
  }

  function start() {
    var addOns = canPost ? document.querySelectorAll('.uplift-add-ons') : [];
    for (var a = 0; a < addOns.length; a++) {
      addOns[a].classList.add('uplift-add-ons--live');
    }
    var widgets = document.querySelectorAll('.uplift-bundle');
    for (var i = 0; i < widgets.length; i++) {
      widgets[i].classList.add('uplift-bundle--live');
      recompute(widgets[i]); // the browser may have restored other boxes than the server rendered
    }
    startEvents();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
