// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
/* The residents' phone pages (ticket and booking), ES5 only: they must run in the WebViews of
   WeChat and Alipay and in old phone browsers. State comes from the page itself (state-json), then
   from Server-Sent Events (tickets), with polling when EventSource is missing or keeps failing. */
(function () {
  'use strict';

  /* The words in both languages come with the page (the service's ResidentText, through Qt's
     translation tools): switching language asks the service nothing. The switch's own label is the
     other language's name in that language. */
  var LANG_NAME = { zh: 'English', en: '中文' };
  function $(id) { return document.getElementById(id); }
  function stored(key) { try { return window.localStorage.getItem(key); } catch (e) { return null; } }
  function store(key, value) { try { window.localStorage.setItem(key, value); } catch (e) { /* private mode */ } }
  function setText(id, text) { var el = $(id); if (el) { el.textContent = text; } }
  function fill(text, values) {
    return text.replace(/\{(\w+)\}/g, function (m, k) { return values[k] !== undefined ? values[k] : m; });
  }
  /* Times come as hall time with their offset ("2026-12-08T10:30:00+08:00"): shown as they are, never
     converted to the phone's time zone. */
  function hhmm(iso) { return iso ? iso.substr(11, 5) : ''; }
  function longDate(iso, t) {
    var y = +iso.substr(0, 4), m = +iso.substr(5, 2), d = +iso.substr(8, 2);
    var wd = t['wd' + new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
    return fill(t.dateLong, { y: y, m: m, d: d, wd: wd, iso: iso.substr(0, 10) });
  }

  var body = document.body;
  var kind = body.getAttribute('data-kind');
  var path = body.getAttribute('data-path');
  var state = JSON.parse($('state-json').textContent || '{}');
  var TEXT = JSON.parse($('text-json').textContent || '{}');
  var lang = stored('hall.lang') === 'en' ? 'en' : 'zh';
  var large = stored('hall.large') === '1';
  var liveText = '';
  var cancelError = null; /* the last refused cancellation: its words' key and the deadline */

  function render() {
    var t = TEXT[lang];
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    body.className = large ? 'large' : '';
    setText('lang', LANG_NAME[lang]);
    $('lang').lang = lang === 'zh' ? 'en' : 'zh-CN';
    setText('large', large ? t.normal : t.large);
    if (kind === 'ticket') { renderTicket(t); } else { renderBooking(t); }
  }

  function renderTicket(t) {
    document.title = t.ticketTitle;
    setText('title', t.ticketTitle);
    setText('numberLabel', t.yourNumber);
    setText('number', state.number || '');
    var s = state.state;
    var stateText = t[s] !== undefined ? fill(t[s], { n: state.counter }) : s;
    setText('state', stateText);
    $('called').hidden = s !== 'called';
    setText('callText', fill(t.called, { n: state.counter }));
    var waiting = s === 'waiting';
    $('figures').hidden = !waiting;
    if (waiting) {
      setText('aheadLabel', t.ahead);
      setText('ahead', fill(t.aheadCount, { n: state.ahead }));
      setText('waitLabel', t.wait);
      setText('wait', state.noWindowOpen ? t.noWindow : fill(t.waitMinutes, { n: state.waitMinutes }));
    }
    var list = $('errands');
    list.innerHTML = '';
    var errands = state.errands || [];
    setText('errandsLabel', errands.length ? t.errands : '');
    for (var i = 0; i < errands.length; i++) {
      var li = document.createElement('li');
      li.textContent = lang === 'zh' ? errands[i].zh : errands[i].en;
      li.className = errands[i].done ? 'done' : (errands[i].current ? 'current' : '');
      list.appendChild(li);
    }
    setText('live', liveText ? t[liveText] : '');
  }

  function renderBooking(t) {
    var b = state.booking || {};
    document.title = t.bookingTitle;
    setText('title', t.bookingTitle);
    setText('type', lang === 'zh' ? b.typeZh : b.typeEn);
    setText('status', t['b_' + b.status] || b.status);
    setText('dateLabel', t.date);
    setText('date', b.date ? longDate(b.date, t) : '');
    setText('timeLabel', t.time);
    setText('time', hhmm(b.slotStart) + '–' + hhmm(b.slotEnd));
    setText('officeLabel', t.office);
    setText('office', (lang === 'zh' ? b.officeZh : b.officeEn) + (b.hall ? ' · ' + t.hall + ' ' + b.hall : ''));
    setText('codeLabel', t.code);
    setText('code', b.code || '');
    var active = b.status === 'confirmed';
    $('checkin').hidden = !active;
    setText('checkinTitle', t.checkinTitle);
    setText('checkinText', fill(t.checkin, { from: hhmm(b.checkInFrom), until: hhmm(b.checkInUntil) }));
    setText('bringTitle', t.bringTitle);
    var list = $('bring');
    list.innerHTML = '';
    var items = (lang === 'zh' ? b.bring : b.bringEn) || [];
    for (var i = 0; i < items.length; i++) {
      var li = document.createElement('li');
      li.textContent = items[i];
      list.appendChild(li);
    }
    $('cancel').hidden = !(active && state.cancellable);
    setText('cancelTitle', t.cancelTitle);
    setText('cancelRule', fill(t.cancelRule, { until: longDate(b.cancelUntil, t) + ' ' + hhmm(b.cancelUntil) }) +
      (b.lateCancelFrom ? ' ' + fill(t.lateRule, { from: longDate(b.lateCancelFrom, t) + ' ' + hhmm(b.lateCancelFrom) }) : ''));
    setText('cancelStart', t.cancelStart);
    setText('lastFourLabel', t.lastFour);
    setText('cancelWarn', (state.lateCancel ? t.lateWarn + ' ' : '') + t.sure);
    setText('cancelBack', t.back);
    setText('cancelConfirm', t.confirm);
    setText('cancelError', cancelError ? fill(t[cancelError.key] || t.failed, {
      until: b.cancelUntil ? longDate(b.cancelUntil, t) + ' ' + hhmm(b.cancelUntil) : ''
    }) : '');
  }

  function alertCalled(previous) {
    if (previous === 'called' || state.state !== 'called') { return; }
    try { if (navigator.vibrate) { navigator.vibrate([400, 200, 400, 200, 400]); } } catch (e) { /* not allowed */ }
    try {
      var Ctx = window.AudioContext || window.webkitAudioContext;
      if (Ctx) {
        var ctx = new Ctx(), osc = ctx.createOscillator(), gain = ctx.createGain();
        osc.frequency.value = 880;
        gain.gain.value = 0.2;
        osc.connect(gain);
        gain.connect(ctx.destination);
        osc.start(0);
        osc.stop(ctx.currentTime + 0.6);
      }
    } catch (e) { /* a browser that allows no sound without a touch */ }
  }

  function update(next) {
    var previous = state.state;
    state = next;
    render();
    alertCalled(previous);
  }

  function get(url, done) {
    var xhr = new XMLHttpRequest();
    xhr.open('GET', url, true);
    xhr.onreadystatechange = function () {
      if (xhr.readyState === 4) { done(xhr.status, xhr.responseText); }
    };
    xhr.send();
  }

  /* Polling, when EventSource is missing or has failed for a while: the same state as JSON. */
  var pollTimer = null;
  function startPolling() {
    if (pollTimer) { return; }
    liveText = 'polling';
    render();
    pollTimer = window.setInterval(function () {
      get(path + '/state', function (status, text) {
        if (status === 200) { try { update(JSON.parse(text)); } catch (e) { /* keep the last state */ } }
      });
    }, 15000);
  }
  function stopPolling() {
    if (pollTimer) { window.clearInterval(pollTimer); pollTimer = null; }
  }

  function follow() {
    if (!window.EventSource) { startPolling(); return; }
    var source = new window.EventSource(path + '/events');
    var failingSince = 0;
    source.addEventListener('ticket', function (e) {
      failingSince = 0;
      stopPolling();
      liveText = 'live';
      try { update(JSON.parse(e.data)); } catch (err) { /* keep the last state */ }
    });
    source.onerror = function () {
      liveText = 'reconnecting';
      render();
      if (!failingSince) { failingSince = new Date().getTime(); }
      if (source.readyState === 2) {
        /* Closed for good (an answer that was not a stream): start again later, poll meanwhile. */
        source = null;
        startPolling();
        window.setTimeout(function () { stopPolling(); follow(); }, 20000);
      } else if (new Date().getTime() - failingSince > 30000) {
        startPolling();
      }
    };
  }

  function setupCancel() {
    var form = $('cancelForm');
    $('cancelStart').onclick = function () {
      form.hidden = false;
      $('cancelStart').hidden = true;
      $('lastFour').focus();
    };
    $('cancelBack').onclick = function () {
      form.hidden = true;
      $('cancelStart').hidden = false;
      cancelError = null;
      render();
    };
    form.onsubmit = function (e) {
      if (e && e.preventDefault) { e.preventDefault(); }
      var digits = $('lastFour').value;
      if (!/^[0-9]{4}$/.test(digits)) { cancelError = { key: 'needFour' }; render(); return false; }
      $('cancelConfirm').disabled = true;
      var xhr = new XMLHttpRequest();
      xhr.open('POST', path + '/cancel', true);
      xhr.setRequestHeader('Content-Type', 'application/x-www-form-urlencoded');
      xhr.onreadystatechange = function () {
        if (xhr.readyState !== 4) { return; }
        $('cancelConfirm').disabled = false;
        var answer = null;
        try { answer = JSON.parse(xhr.responseText); } catch (err) { answer = null; }
        if (answer && answer.ok) {
          cancelError = null;
          form.hidden = true;
          update(answer.page);
        } else {
          cancelError = { key: answer && answer.errorKey ? answer.errorKey : 'failed' };
          if (answer && answer.page && answer.page.booking) { state = answer.page; }
          render();
        }
      };
      xhr.send('phoneLastFour=' + encodeURIComponent(digits));
      return false;
    };
  }

  $('lang').onclick = function () {
    lang = lang === 'zh' ? 'en' : 'zh';
    store('hall.lang', lang);
    render();
  };
  $('large').onclick = function () {
    large = !large;
    store('hall.large', large ? '1' : '0');
    render();
  };

  render();
  if (kind === 'ticket') { follow(); } else { setupCancel(); }
})();
