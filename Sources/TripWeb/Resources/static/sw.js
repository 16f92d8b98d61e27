// Tripwright's service worker: the pages a user opened (schedule, Today, event pages, their
// photos) and the static files stay readable offline. Network first, the cache when the network
// fails; only GET answers are kept (never a post's), and the page script empties the cache at
// sign-out so no one else's pages are shown on a shared phone.
"use strict";
var CACHE = "tripwright-pages-v1";
var KEPT = /^(text\/html|text\/css|text\/javascript|application\/manifest\+json|image\/)/;

function kept(url) {
  var p = url.pathname;
  return p === "/" || p === "/today" || p.indexOf("/d/") === 0 || p.indexOf("/static/") === 0;
}

function offlinePage() {
  var html = "<!doctype html><html lang=\"zh-Hant-TW\"><meta charset=\"utf-8\">" +
    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>離線中</title>" +
    "<p>目前離線，這一頁還沒有存在此裝置上。連線後再開啟一次，之後離線也能閱讀。</p>" +
    "<p lang=\"en\">Offline: this page is not kept on this device yet. Open it once online to read it offline later.</p>" +
    "<p><a href=\"/today\">今日行程 Today</a></p></html>";
  return new Response(html, { status: 503, headers: { "Content-Type": "text/html; charset=utf-8" } });
}

self.addEventListener("install", function () { self.skipWaiting(); });

self.addEventListener("activate", function (event) {
  event.waitUntil(caches.keys().then(function (keys) {
    return Promise.all(keys.filter(function (k) { return k !== CACHE; }).map(function (k) { return caches.delete(k); }));
  }).then(function () { return self.clients.claim(); }));
});

self.addEventListener("fetch", function (event) {
  var request = event.request;
  var url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin || !kept(url)) return;
  event.respondWith(fetch(request).then(function (response) {
    var type = response.headers.get("Content-Type") || "";
    // A redirect (to sign-in) or an error page is not the page asked for: not kept; nor is a
    // download (a photo's 原始檔, many megabytes: the page's own copy is kept instead).
    var download = /attachment/i.test(response.headers.get("Content-Disposition") || "");
    if (response.status === 200 && response.type === "basic" && !response.redirected && KEPT.test(type) && !download) {
      var copy = response.clone();
      event.waitUntil(caches.open(CACHE).then(function (cache) { return cache.put(request, copy); }));
    }
    return response;
  }, function () {
    return caches.open(CACHE).then(function (cache) { return cache.match(request); }).then(function (hit) {
      return hit || (request.mode === "navigate" ? offlinePage() : Response.error());
    });
  }));
});

// The page asks for this at sign-out and on the sign-in page.
self.addEventListener("message", function (event) {
  if (event.data === "forget-pages") event.waitUntil(caches.delete(CACHE));
});
