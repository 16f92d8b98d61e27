// Little JavaScript: the member picker submits on change, and a note typed while offline is
// kept in this browser (localStorage) and sent when the connection returns.
(function () {
  "use strict";
  var KEY = "tripwright.pendingNotes", REFUSED = "tripwright.refusedNotes";
  function load(key) { try { return JSON.parse(localStorage.getItem(key) || "[]"); } catch (e) { return []; } }
  function pending() { return load(KEY); }
  function keep(list) { localStorage.setItem(KEY, JSON.stringify(list)); }
  // A note the server refused (a character it cannot hold, signed out…) is never dropped: it
  // waits here until a note form of its event shows it again to be fixed and sent.
  function refuse(item) { var list = load(REFUSED); list.push(item); localStorage.setItem(REFUSED, JSON.stringify(list)); }
  function status(text) {
    var el = document.getElementById("offline-status");
    if (!el) return;
    el.textContent = text; el.hidden = !text;
  }
  var zh = (document.documentElement.lang || "").indexOf("zh") === 0;
  var SAVED = zh ? "目前離線：筆記已存在此裝置，連線恢復後會自動送出。" : "Offline: the note is kept on this device and sent when the connection returns.";
  var SENT = zh ? "離線時儲存的筆記已送出。" : "Notes saved offline have been sent.";
  var BACK = zh ? "一則離線時寫的筆記沒有被接受，已放回筆記欄：請修改後再按儲存。" : "A note written offline was not accepted; it is back in the note box: fix it and save again.";
  var HELD = zh ? "有離線時寫的筆記沒有被接受，開啟該行程頁面即可修改後再送出。" : "A note written offline was not accepted; open its event's page to fix and send it.";

  /// Puts the first refused note of a form's event back into that form.
  function restore() {
    var list = load(REFUSED);
    if (!list.length) return;
    var rest = [];
    list.forEach(function (item) {
      var form = Array.prototype.find.call(document.querySelectorAll("form[data-offline=note]"), function (f) { return f.action === item.action; });
      if (form && !form.elements.text.value) { form.elements.text.value = item.text; status(BACK); } else { rest.push(item); }
    });
    localStorage.setItem(REFUSED, JSON.stringify(rest));
    if (rest.length && rest.length === list.length) status(HELD);
  }

  function flush() {
    var list = pending();
    if (!list.length || !navigator.onLine) return;
    var item = list[0];
    var body = new URLSearchParams();
    body.set("csrf", item.csrf); body.set("text", item.text);
    fetch(item.action, { method: "POST", body: body, credentials: "same-origin", headers: { "X-CSRF-Token": item.csrf } })
      .then(function (r) {
        if (r.ok || r.redirected || r.status === 303) {
          keep(pending().slice(1));
          if (pending().length) { flush(); } else { status(SENT); }
        } else if (r.status >= 400 && r.status < 500) {
          // Refused for good: out of the queue (no retrying forever), but kept to be fixed.
          keep(pending().slice(1));
          refuse(item);
          restore();
          if (pending().length) flush();
        }
      })
      .catch(function () { /* still offline */ });
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("select.autosubmit").forEach(function (s) {
      s.addEventListener("change", function () { s.form.submit(); });
    });
    document.querySelectorAll("form[data-offline=note]").forEach(function (form) {
      form.addEventListener("submit", function (ev) {
        if (navigator.onLine) return;
        ev.preventDefault();
        var list = pending();
        list.push({ action: form.action, text: form.elements.text.value, csrf: form.elements.csrf.value });
        keep(list);
        form.elements.text.value = "";
        status(SAVED);
      });
    });
    restore();
    if (pending().length) { navigator.onLine ? flush() : status(SAVED); }
  });
  window.addEventListener("online", flush);
})();

// Place fields search the gazetteer as the user types (`<input data-place-search list=…>`):
// the answers of /places fill the field's datalist, and the line under the field says the
// country and zone of the place typed. Without JavaScript the field is plain text.
(function () {
  "use strict";
  function attach(input) {
    var list = document.getElementById(input.getAttribute("list"));
    var hint = document.getElementById(input.id + "-hint");
    if (!list) return;
    var timer = null, last = "", found = {};
    function describe() {
      var p = found[input.value];
      if (hint) hint.textContent = p ? p.name + " · " + p.country + " · " + p.zone + " (" + p.zoneAbbreviation + ")" : "";
    }
    function search() {
      var q = input.value.trim();
      if (q === last || q.length > 64) { describe(); return; }
      last = q;
      if (!q) { list.textContent = ""; describe(); return; }
      var url = "/places?q=" + encodeURIComponent(q) + (input.dataset.trip ? "&trip=" + encodeURIComponent(input.dataset.trip) : "");
      fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
        .then(function (r) { return r.ok ? r.json() : { places: [] }; })
        .then(function (answer) {
          if (input.value.trim() !== q) return;
          list.textContent = "";
          answer.places.forEach(function (p) {
            found[p.value] = p;
            var option = document.createElement("option");
            option.value = p.value;
            option.label = p.name + " · " + p.country + " · " + p.zoneAbbreviation;
            list.appendChild(option);
          });
          describe();
        })
        .catch(function () { /* offline: the field stays plain text */ });
    }
    input.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(search, 200); });
    input.addEventListener("change", describe);
  }
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("input[data-place-search]").forEach(attach);
  });
})();

// The summary's live character count (report text page): counts what ProseCheck.count counts
// on the server (CJK ideographs, kana, CJK punctuation, full-width forms), so the number typed
// against 200–300 is the number the readiness check will find.
(function () {
  "use strict";
  function cjk(c) {
    return (c >= 0x3000 && c <= 0x303F) || (c >= 0x3040 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x4DBF) ||
      (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF00 && c <= 0xFFEF) ||
      (c >= 0x20000 && c <= 0x2FA1F);
  }
  function count(text) {
    var n = 0;
    for (var ch of text) { if (cjk(ch.codePointAt(0))) n++; }
    return n;
  }
  function attach(area) {
    var out = document.getElementById(area.getAttribute("data-count"));
    if (!out) return;
    var number = out.querySelector("strong");
    var low = parseInt(out.getAttribute("data-low"), 10), high = parseInt(out.getAttribute("data-high"), 10);
    function update() {
      var n = count(area.value);
      number.textContent = String(n);
      var ok = n >= low && n <= high;
      out.classList.toggle("ok", ok);
      out.classList.toggle("warning", !ok);
    }
    area.addEventListener("input", update);
    update();
  }
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("textarea[data-count]").forEach(attach);
  });
})();
