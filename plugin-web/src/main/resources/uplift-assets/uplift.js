/* Uplift progressive enhancement: quick add without a page reload. Every widget works without this script (the
   forms post and redirect back); with it, the form is sent with fetch and the answer shown in the card.
   Elements with data-uplift-cart-count get the new cart quantity. */
(function () {
  'use strict';
  if (window.__upliftQuickAdd || !window.fetch || !window.FormData) {
    return;
  }
  window.__upliftQuickAdd = true;

  function show(form, text, ok) {
    var message = form.querySelector('.uplift-card__message');
    if (message) {
      message.textContent = text;
      message.className = 'uplift-card__message ' + (ok ? 'uplift-card__message--ok' : 'uplift-card__message--error');
    }
  }

  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!form.classList || !form.classList.contains('uplift-card__add')) {
      return;
    }
    event.preventDefault();
    var button = form.querySelector('button');
    if (button) {
      button.disabled = true;
    }
    var body = new URLSearchParams(new FormData(form));
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
      show(form, answer.message || '', answer.ok);
      if (answer.ok && typeof answer.cartQuantity === 'number') {
        var counts = document.querySelectorAll('[data-uplift-cart-count]');
        for (var i = 0; i < counts.length; i++) {
          counts[i].textContent = String(answer.cartQuantity);
        }
        document.dispatchEvent(new CustomEvent('uplift:added', {detail: answer}));
      }
    }).catch(function () {
      show(form, 'Sorry, that did not work. Please try again.', false);
    }).then(function () {
      if (button) {
        button.disabled = false;
      }
    });
  });
})();
