// Little JavaScript: the member picker submits on change, and a note typed while offline is
// kept in this browser (localStorage) and sent when the connection returns.
(function () {
  "use strict";
  var KEY = "tripwright.pendingNotes";
  function pending() { try { return JSON.parse(localStorage.getItem(KEY) || "[]"); } catch (e) { return []; } }
  function keep(list) { localStorage.setItem(KEY, JSON.stringify(list)); }
  function status(text) {
    var el = document.getElementById("offline-status");
    if (!el) return;
    el.textContent = text; el.hidden = !text;
  }
  var zh = (document.documentElement.lang || "").indexOf("zh") === 0;
  var SAVED = zh ? "目前離線：筆記已存在此裝置，連線恢復後會自動送出。" : "Offline: the note is kept on this device and sent when the connection returns.";
  var SENT = zh ? "離線時儲存的筆記已送出。" : "Notes saved offline have been sent.";

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
          keep(pending().slice(1)); // refused for good (signed out, no permission): do not retry forever
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
    if (pending().length) { navigator.onLine ? flush() : status(SAVED); }
  });
  window.addEventListener("online", flush);
})();
