/* The residents' phone pages (ticket and booking), ES5 only: they must run in the WebViews of
   WeChat and Alipay and in old phone browsers. State comes from the page itself (state-json), then
   from Server-Sent Events (tickets), with polling when EventSource is missing or keeps failing. */
(function () {
  'use strict';

  var TEXT = {
    zh: {
      ticketTitle: '排队进度', bookingTitle: '预约确认', large: '大字', normal: '标准字', lang: 'English',
      yourNumber: '您的号码', ahead: '前面还有', aheadUnit: ' 人', wait: '预计等候', waitUnit: ' 分钟',
      noWindow: '暂无窗口', errands: '办理事项（按顺序）',
      waiting: '等候中', called: '请到 {n} 号窗口', serving: '正在 {n} 号窗口办理',
      setAside: '已过号，请到服务台咨询', finished: '已办结，感谢您的耐心等候', cancelled: '此号已取消',
      expired: '此号已过期', gone: '此号不是今天的号或已失效',
      live: '实时更新中', reconnecting: '连接中断，正在重新连接…', polling: '每 15 秒自动刷新',
      date: '日期', time: '时间', office: '登记处', code: '预约码',
      b_confirmed: '预约成功', b_checkedIn: '已签到', b_cancelled: '预约已取消', b_cancelledByOffice: '登记处已取消该日预约',
      b_noShow: '已过期（未到场）',
      checkinTitle: '到场签到', checkin: '请于 {from}–{until} 到大厅自助机，选择“预约签到”并扫描下面的二维码（或输入预约码和身份证号码）。',
      bringTitle: '请携带', cancelTitle: '取消预约',
      cancelRule: '可在 {until} 前取消。', lateRule: '{from} 之后取消将计入失约记录，多次失约将暂停预约资格。',
      cancelStart: '取消预约', lastFour: '请输入预约时所留手机号码的后四位', back: '返回', confirm: '确认取消',
      lateWarn: '现在取消将计入失约记录。', sure: '取消后名额将释放给他人，且不可恢复。',
      needFour: '请输入 4 位数字', failed: '网络异常，请稍后再试', hall: '颁证厅',
      weekdays: ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六']
    },
    en: {
      ticketTitle: 'Your ticket', bookingTitle: 'Your booking', large: 'Large', normal: 'Normal', lang: '中文',
      yourNumber: 'Your number', ahead: 'Ahead of you', aheadUnit: '', wait: 'Estimated wait', waitUnit: ' min',
      noWindow: 'No window open', errands: 'Your errands, in order',
      waiting: 'Waiting', called: 'Please go to window {n}', serving: 'Being served at window {n}',
      setAside: 'Missed: please ask at the information desk', finished: 'Done. Thank you for waiting',
      cancelled: 'This ticket was cancelled', expired: 'This ticket has expired',
      gone: 'This ticket is not from today or no longer valid',
      live: 'Live', reconnecting: 'Connection lost, reconnecting…', polling: 'Refreshes every 15 s',
      date: 'Date', time: 'Time', office: 'Registry office', code: 'Booking code',
      b_confirmed: 'Confirmed', b_checkedIn: 'Checked in', b_cancelled: 'Booking cancelled',
      b_cancelledByOffice: 'Cancelled by the office', b_noShow: 'Expired (not attended)',
      checkinTitle: 'Check-in', checkin: 'Between {from} and {until}, choose "Check in" at a kiosk in the hall and scan the code below (or type the booking code and an ID number).',
      bringTitle: 'Please bring', cancelTitle: 'Cancel the booking',
      cancelRule: 'You can cancel until {until}.', lateRule: 'Cancelling after {from} counts as a missed booking; several suspend booking for a while.',
      cancelStart: 'Cancel booking', lastFour: 'Last four digits of the phone number given when booking', back: 'Back',
      confirm: 'Yes, cancel', lateWarn: 'Cancelling now counts as a missed booking.',
      sure: 'The place goes to others and cannot be restored.', needFour: 'Please enter 4 digits',
      failed: 'Network problem, please try again', hall: 'Ceremony hall',
      weekdays: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']
    }
  };

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
  function longDate(iso, t, lang) {
    var y = +iso.substr(0, 4), m = +iso.substr(5, 2), d = +iso.substr(8, 2);
    var wd = t.weekdays[new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
    return lang === 'zh' ? y + '年' + m + '月' + d + '日 ' + wd : wd + ', ' + iso.substr(0, 10);
  }

  var body = document.body;
  var kind = body.getAttribute('data-kind');
  var path = body.getAttribute('data-path');
  var state = JSON.parse($('state-json').textContent || '{}');
  var lang = stored('hall.lang') === 'en' ? 'en' : 'zh';
  var large = stored('hall.large') === '1';
  var liveText = '';

  function render() {
    var t = TEXT[lang];
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    body.className = large ? 'large' : '';
    setText('lang', t.lang);
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
      setText('ahead', state.ahead + t.aheadUnit);
      setText('waitLabel', t.wait);
      setText('wait', state.noWindowOpen ? t.noWindow : '≈ ' + state.waitMinutes + t.waitUnit);
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
    setText('date', b.date ? longDate(b.date, t, lang) : '');
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
    setText('cancelRule', fill(t.cancelRule, { until: longDate(b.cancelUntil, t, lang) + ' ' + hhmm(b.cancelUntil) }) +
      (b.lateCancelFrom ? ' ' + fill(t.lateRule, { from: longDate(b.lateCancelFrom, t, lang) + ' ' + hhmm(b.lateCancelFrom) }) : ''));
    setText('cancelStart', t.cancelStart);
    setText('lastFourLabel', t.lastFour);
    setText('cancelWarn', (state.lateCancel ? t.lateWarn + ' ' : '') + t.sure);
    setText('cancelBack', t.back);
    setText('cancelConfirm', t.confirm);
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
      setText('cancelError', '');
    };
    form.onsubmit = function (e) {
      if (e && e.preventDefault) { e.preventDefault(); }
      var digits = $('lastFour').value;
      if (!/^[0-9]{4}$/.test(digits)) { setText('cancelError', TEXT[lang].needFour); return false; }
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
          setText('cancelError', '');
          form.hidden = true;
          update(answer.page);
        } else {
          setText('cancelError', answer && answer.message ? answer.message : TEXT[lang].failed);
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
