// Little JavaScript, no framework. The member picker submits on change. Offline use (docs/web.md):
// the service worker (/sw.js) keeps the pages opened readable offline; what a logging form
// (`data-offline`: a note, photos, a person met, an outcome, a follow-up) holds while offline, or
// when its post fails by network, waits in this browser's IndexedDB with the time it was logged,
// listed as 待傳送 at the top of every page, and is sent when the connection returns. One the
// server refuses stays listed with its reason until sent again or discarded.
(function () {
  "use strict";
  var zh = (document.documentElement.lang || "").indexOf("zh") === 0;
  function say(z, e) { return zh ? z : e; }
  var CACHE = "tripwright-pages-v1", STORE = "outbox";
  var user = "";

  // IndexedDB: one store of items { id, user, kind, action, title, shown, fields: [[name, value]],
  // files: [{ name, file }], taken, state ("pending" | "refused"), reason }: every field of the form
  // but its CSRF token, which is read fresh before each send.
  function open() {
    return new Promise(function (resolve, reject) {
      var req = indexedDB.open("tripwright", 1);
      req.onupgradeneeded = function () { req.result.createObjectStore(STORE, { keyPath: "id", autoIncrement: true }); };
      req.onsuccess = function () { resolve(req.result); };
      req.onerror = function () { reject(req.error); };
    });
  }
  function store(mode, work) {
    return open().then(function (db) {
      return new Promise(function (resolve, reject) {
        var t = db.transaction(STORE, mode), r = work(t.objectStore(STORE));
        t.oncomplete = function () { db.close(); resolve(r.result); };
        t.onerror = t.onabort = function () { db.close(); reject(t.error); };
      });
    });
  }
  // Only this user's items: another user of a shared phone neither sees nor sends them.
  function items() {
    return store("readonly", function (s) { return s.getAll(); }).then(function (all) {
      return (all || []).filter(function (i) { return i.user === user; });
    });
  }
  function keep(item) { return store("readwrite", function (s) { return s.put(item); }); }
  function drop(id) { return store("readwrite", function (s) { return s.delete(id); }); }

  function two(n) { return (n < 10 ? "0" : "") + n; }
  /// The phone's clock as ISO 8601 with its offset (what the server keeps as the time logged).
  function stamp(d) {
    var off = -d.getTimezoneOffset(), sign = off < 0 ? "-" : "+";
    off = Math.abs(off);
    return d.getFullYear() + "-" + two(d.getMonth() + 1) + "-" + two(d.getDate()) + "T" + two(d.getHours()) + ":" +
      two(d.getMinutes()) + ":" + two(d.getSeconds()) + sign + two(Math.floor(off / 60)) + ":" + two(off % 60);
  }
  /// `114 年 9 月 1 日（一）10:30 UTC+09:00` as written (the phone's local time and zone).
  function shown(iso) {
    var m = /^(\d{4})-(\d\d)-(\d\d)T(\d\d:\d\d):\d\d(.*)$/.exec(iso || "");
    if (!m) return iso || "";
    var y = +m[1], mo = +m[2], d = +m[3], wd = new Date(Date.UTC(y, mo - 1, d)).getUTCDay();
    return zh ? (y - 1911) + " 年 " + mo + " 月 " + d + " 日（" + "日一二三四五六"[wd] + "）" + m[4] + " UTC" + m[5]
      : m[1] + "-" + m[2] + "-" + m[3] + " " + m[4] + " UTC" + m[5];
  }
  function status(text) {
    var el = document.getElementById("offline-status");
    if (!el) return;
    el.textContent = text; el.hidden = !text;
  }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text) e.textContent = text;
    return e;
  }

  /// The list of waiting and refused items at the top of the page.
  function render() {
    var box = document.getElementById("outbox");
    if (!box || !window.indexedDB) return Promise.resolve();
    return items().then(function (list) {
      box.textContent = "";
      box.hidden = !list.length;
      if (!list.length) return;
      box.appendChild(el("h2", "", say("待傳送（" + list.length + "）", "Waiting to send (" + list.length + ")")));
      var ul = el("ul");
      list.forEach(function (item) {
        var li = el("li", "outbox-item " + item.state);
        li.appendChild(el("div", "text", item.shown));
        li.appendChild(el("div", "meta", (item.title ? item.title + " · " : "") + shown(item.taken)));
        if (item.state === "refused") {
          li.appendChild(el("p", "field-error", say("未被接受：", "Not accepted: ") + item.reason));
          var again = el("button", "secondary", say("再送一次", "Send again"));
          again.type = "button";
          again.addEventListener("click", function () { item.state = "pending"; item.reason = ""; keep(item).then(flush); });
          var discard = el("button", "secondary discard", say("捨棄", "Discard"));
          discard.type = "button";
          discard.addEventListener("click", function () {
            if (confirm(say("捨棄這筆？內容不會送出，也無法復原。", "Discard this? It will not be sent and cannot be brought back."))) drop(item.id).then(render);
          });
          li.appendChild(again); li.appendChild(discard);
        } else {
          li.appendChild(el("span", "state", say("待傳送", "Waiting to send")));
        }
        ul.appendChild(li);
      });
      box.appendChild(ul);
    });
  }

  /// The server's reason in a refusal page: the form's message, else the error page's.
  function reason(html, code) {
    var doc = new DOMParser().parseFromString(html, "text/html");
    var found = doc.querySelector(".field-error") || doc.querySelector(".notice.error");
    return found ? found.textContent.trim() : "HTTP " + code;
  }

  /// Sends one item with a CSRF token read fresh from its event's page. True: go on with the
  /// next; false: the network or the server failed, so later.
  function send(item) {
    // The event's page: the form's address less its last part (…/e/EVENT/notes, …/outcomes).
    var page = item.action.replace(/\/[^\/]*$/, "");
    function refuse(r) {
      return r.text().then(function (html) {
        item.state = "refused"; item.reason = reason(html, r.status);
        return keep(item).then(function () { return true; });
      });
    }
    return fetch(page, { credentials: "same-origin", cache: "no-store" }).then(function (r) {
      // Signed out (sent to sign-in): kept until the user signs in again.
      if (r.redirected || new URL(r.url).pathname === "/signin") return false;
      if (r.status >= 400 && r.status < 500) return refuse(r);
      if (!r.ok) return false;
      return r.text().then(function (html) {
        var token = new DOMParser().parseFromString(html, "text/html").querySelector("input[name=csrf]");
        if (!token) return false;
        var body = new FormData();
        body.set("csrf", token.value);
        if (item.taken) body.set("taken", item.taken);
        item.fields.forEach(function (f) { body.append(f[0], f[1]); });
        item.files.forEach(function (f) { body.append(f.name, f.file, f.file.name); });
        return fetch(item.action, { method: "POST", body: body, credentials: "same-origin" }).then(function (answer) {
          if (answer.ok) return drop(item.id).then(function () { sent++; return true; });
          if (answer.status >= 400 && answer.status < 500) return refuse(answer);
          return false;
        });
      });
    }).catch(function () { return false; });
  }

  var flushing = false, sent = 0;
  function flush() {
    if (flushing || !navigator.onLine || !window.indexedDB) return Promise.resolve();
    flushing = true;
    sent = 0;
    return items().then(function (list) {
      return list.filter(function (i) { return i.state === "pending"; }).reduce(function (go, item) {
        return go.then(function (ok) { return ok ? send(item) : false; });
      }, Promise.resolve(true));
    }).catch(function () { /* IndexedDB unavailable: nothing to send */ }).then(function () {
      flushing = false;
      if (sent) status(say("離線時記錄的 " + sent + " 筆已送出，重新整理頁面即可看到。", sent + " item(s) logged offline have been sent; reload the page to see them."));
      return render();
    });
  }

  /// Keeps what a form holds in the outbox (its fields and chosen files, not its CSRF token),
  /// then empties the form.
  function queue(form, taken) {
    var heading = document.querySelector(".event h2, .current h2");
    var summary = form.closest("details") && form.closest("details").querySelector("summary");
    var item = {
      user: user, kind: form.getAttribute("data-offline"), action: form.action, taken: taken, state: "pending", reason: "",
      title: heading ? heading.textContent.trim() : "", fields: [], files: []
    };
    Array.prototype.forEach.call(form.elements, function (e) {
      if (!e.name || e.name === "csrf" || e.disabled) return;
      if (e.type === "file") Array.prototype.forEach.call(e.files, function (f) { item.files.push({ name: e.name, file: f }); });
      else if ((e.type !== "checkbox" && e.type !== "radio") || e.checked) item.fields.push([e.name, e.value]);
    });
    // What the list shows: the text typed (a note's, a caption…), the photos' count, the form's name.
    var typed = item.fields.filter(function (f) { return f[0] !== "back" && f[0] !== "revision" && f[1].trim(); })
      .map(function (f) { return f[1].trim(); }).join(" · ");
    var photos = item.files.length ? say(item.files.length + " 張照片", item.files.length + " photo(s)") : "";
    var label = item.kind === "note" || item.kind === "photos" ? "" : (summary ? summary.textContent.trim() : "");
    item.shown = [label, photos].filter(Boolean).join(" · ") + (typed && (label || photos) ? say("：", ": ") : "") + typed;
    return keep(item).then(function () {
      form.reset();
      // Said under the form just used (the list itself is at the top of the page).
      var note = document.getElementById("offline-status");
      if (note) form.parentNode.insertBefore(note, form.nextSibling);
      status(say("目前無法連線：已存在此裝置，列於「待傳送」，連線恢復後會自動送出。",
        "No connection: kept on this device under 'Waiting to send' and sent when the connection returns."));
      return render();
    });
  }

  /// A note or photo form: posted through fetch so that a network failure keeps what was
  /// written; a refusal is posted again by the form itself so the page shows the marked field.
  /// A live post carries no `taken`: the server's clock is the time logged (a phone's wrong
  /// clock matters only for what waited offline).
  function capture(form) {
    form.addEventListener("submit", function (ev) {
      if (!window.indexedDB) return;
      ev.preventDefault();
      var taken = stamp(new Date()), button = form.querySelector("button");
      if (!navigator.onLine) { queue(form, taken); return; }
      button.disabled = true;
      fetch(form.action, { method: "POST", body: new FormData(form), credentials: "same-origin" }).then(function (r) {
        if (r.ok) { location.assign(r.url); return; }
        button.disabled = false;
        if (r.status >= 500) { queue(form, taken); return; }
        HTMLFormElement.prototype.submit.call(form);
      }, function () { button.disabled = false; queue(form, taken); });
    });
  }

  /// Notes the earlier localStorage queue still holds move into the outbox (that queue kept no
  /// time: they are dated when sent, as it did).
  function adopt() {
    var moved = [];
    [["tripwright.pendingNotes", "pending"], ["tripwright.refusedNotes", "refused"]].forEach(function (old) {
      var list;
      try { list = JSON.parse(localStorage.getItem(old[0]) || "[]"); } catch (e) { list = []; }
      list.forEach(function (n) {
        moved.push({
          user: user, kind: "note", action: n.action, taken: "", state: old[1], title: "", shown: n.text,
          reason: old[1] === "refused" ? say("先前未被接受，請修改後再送。", "Not accepted earlier; fix it and send again.") : "",
          fields: [["text", n.text]], files: []
        });
      });
    });
    return moved.reduce(function (done, item) { return done.then(function () { return keep(item); }); }, Promise.resolve()).then(function () {
      localStorage.removeItem("tripwright.pendingNotes");
      localStorage.removeItem("tripwright.refusedNotes");
    });
  }

  /// Forgets the pages kept for offline reading (sign-out, the sign-in page): a shared phone
  /// shows no one else's pages.
  function forget() {
    if (navigator.serviceWorker && navigator.serviceWorker.controller) navigator.serviceWorker.controller.postMessage("forget-pages");
    return window.caches ? caches.delete(CACHE) : Promise.resolve();
  }

  document.addEventListener("DOMContentLoaded", function () {
    user = document.body.getAttribute("data-user") || "";
    document.querySelectorAll("select.autosubmit").forEach(function (s) {
      s.addEventListener("change", function () { s.form.submit(); });
    });
    document.querySelectorAll("form[data-offline]").forEach(capture);
    document.querySelectorAll("form[action='/signout']").forEach(function (form) {
      form.addEventListener("submit", function (ev) {
        ev.preventDefault();
        forget().then(function () { HTMLFormElement.prototype.submit.call(form); }, function () { HTMLFormElement.prototype.submit.call(form); });
      });
    });
    if (location.pathname === "/signin") forget();
    if ("serviceWorker" in navigator) navigator.serviceWorker.register("/sw.js").catch(function () { /* no offline pages */ });
    (window.indexedDB ? adopt() : Promise.resolve()).catch(function () { /* kept in localStorage for the next load */ })
      .then(render).then(function () { return navigator.onLine ? flush() : null; });
    // 5xx and dropped connections: tried again while the page is open.
    setInterval(flush, 30000);
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
