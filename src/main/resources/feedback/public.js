/* Public feedback form, progressive enhancement only: the form works without this script (the staff search then
   goes through the server with the "Find" button). Inlined into the page; allowed by its SHA-256 in the CSP. */
(function () {
  'use strict';
  var doc = document;
  doc.documentElement.className += ' js';
  var form = doc.querySelector('form.feedback');
  if (!form) { return; }

  function plain(s) {
    return (s || '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/\u0111/g, 'd').replace(/\u0110/g, 'd')
      .toLowerCase().replace(/\s+/g, ' ').trim();
  }

  // --- the staff picker: filter the cards while typing; Enter in the box does not send the form ---
  var search = doc.getElementById('staff-search');
  if (search) {
    var cards = doc.querySelectorAll('#staff-list label[data-name]');
    var none = doc.getElementById('staff-nobody');
    var filter = function () {
      var q = plain(search.value);
      var shown = 0;
      for (var i = 0; i < cards.length; i++) {
        var input = cards[i].querySelector('input');
        var match = !q || cards[i].getAttribute('data-name').indexOf(q) >= 0 || input.checked;
        cards[i].hidden = !match;
        if (match) { shown++; }
      }
      if (none) { none.hidden = shown > 0 || !q; }
    };
    search.addEventListener('input', filter);
    search.addEventListener('keydown', function (e) {
      if (e.key === 'Enter') { e.preventDefault(); filter(); }
    });
    filter();
  }

  // --- kiosk: after a quiet minute everything typed is wiped and a fresh form is loaded ---
  var idle = parseInt(doc.body.getAttribute('data-idle') || '0', 10);
  if (idle > 0) {
    var timer;
    var wipe = function () {
      var fields = form.querySelectorAll('input, textarea');
      for (var i = 0; i < fields.length; i++) {
        var f = fields[i];
        if (f.type === 'radio' || f.type === 'checkbox') {
          f.checked = false; f.defaultChecked = false;
        } else if (f.type !== 'hidden' && f.type !== 'submit') {
          f.value = ''; f.defaultValue = '';
        }
      }
      var lang = form.querySelector('input[name=lang]');
      location.replace(location.pathname + (lang ? '?lang=' + encodeURIComponent(lang.value) : ''));
    };
    var arm = function () {
      clearTimeout(timer);
      timer = setTimeout(wipe, idle * 1000);
    };
    ['pointerdown', 'keydown', 'input', 'touchstart', 'scroll', 'change'].forEach(function (type) {
      doc.addEventListener(type, arm, { passive: true, capture: true });
    });
    arm();
  }
})();
