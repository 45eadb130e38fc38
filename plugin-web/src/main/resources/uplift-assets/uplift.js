/* Uplift progressive enhancement: quick add without a page reload. Every widget works without this script (the
   widget's form posts the clicked card's product id and redirects back); with it, the same form is sent with fetch
   and the answer shown in the card. Elements with data-uplift-cart-count get the new cart quantity. */
(function () {
  'use strict';
  if (window.__upliftQuickAdd || !window.fetch || !window.FormData) {
    return;
  }
  window.__upliftQuickAdd = true;

  function show(card, text, ok) {
    var message = card && card.querySelector('.uplift-card__message');
    if (message) {
      message.textContent = text;
      message.className = 'uplift-card__message ' + (ok ? 'uplift-card__message--ok' : 'uplift-card__message--error');
    }
  }

  var lastButton = null;
  document.addEventListener('click', function (event) {
    var button = event.target.closest ? event.target.closest('.uplift-card__button') : null;
    if (button) {
      lastButton = button;
    }
  }, true);

  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!form.classList || !form.classList.contains('uplift-widget__form')) {
      return;
    }
    var button = event.submitter || lastButton;
    if (!button || !form.contains(button) || !button.value) {
      return; // not a card's button: let the browser post the form
    }
    event.preventDefault();
    var card = button.closest('.uplift-card') || button.closest('.uplift-compare__choose');
    button.disabled = true;
    var body = new URLSearchParams(new FormData(form));
    body.set('productId', button.value);
    fetch(form.action, {
      method: 'POST',
      body: body,
      credentials: 'same-origin',
      headers: {'Accept': 'application/json'}
    }).then(function (response) {
      return response.json().catch(function () {
        return {ok: false, message: 'Sorry, that did not work. Please try again.'};
      });
    }).then(function (answer) {
      show(card, answer.message || '', answer.ok);
      if (answer.ok && typeof answer.cartQuantity === 'number') {
        var counts = document.querySelectorAll('[data-uplift-cart-count]');
        for (var i = 0; i < counts.length; i++) {
          counts[i].textContent = String(answer.cartQuantity);
        }
        document.dispatchEvent(new CustomEvent('uplift:added', {detail: answer}));
      }
    }).catch(function () {
      show(card, 'Sorry, that did not work. Please try again.', false);
    }).then(function () {
      button.disabled = false;
    });
  });
})();
