// IOM Explorer service worker: the app works offline after the first visit (the source documents
// are compiled into the WebAssembly), and a new deployment is picked up on the next visit.
// - The page (index.html) is fetched network-first, so a new deployment wins; the cached copy is
//   the offline fallback.
// - Everything else named by the page is content-hashed by the build, so it is served cache-first.
// - The pipeline worker's files are not hashed (a worker's name is fixed): network-first like the
//   page, and cached when first used (not at install: most visits never open documents of their
//   own, so the first visit does not download the worker), so later they work offline too.
// - Each time a new page is fetched, assets it no longer names are pruned.
const CACHE = 'iom-explorer';
const SCOPE = new URL(self.registration.scope).pathname;
const WORKER = ['pipeline-worker_loader.js', 'pipeline-worker.js', 'pipeline-worker_bg.wasm'].map((f) => SCOPE + f);

/** Same-origin asset paths that an index.html names ("./app-1234.wasm", import('./app-1234.js')). */
function assetsOf(html) {
  const paths = new Set();
  for (const [, ref] of html.matchAll(/(?:(?:href|src|module_or_path)\s*[:=]\s*|import\(\s*)["']([^"']+)["']/g)) {
    const url = new URL(ref, self.registration.scope);
    if (url.origin === self.location.origin) paths.add(url.pathname);
  }
  return paths;
}

async function cachePage(response) {
  const cache = await caches.open(CACHE);
  await cache.put(SCOPE, response.clone());
  const html = await response.text();
  const wanted = assetsOf(html);
  await Promise.all([...wanted].map(async (path) => {
    if (!(await cache.match(path))) {
      // Content-hashed, so never stale: the copy the page has just loaded will do.
      const asset = await fetch(path, { cache: 'force-cache' });
      if (asset.ok) await cache.put(path, asset);
    }
  }));
  for (const request of await cache.keys()) {
    const path = new URL(request.url).pathname;
    if (path !== SCOPE && !wanted.has(path) && !WORKER.includes(path)) await cache.delete(request);
  }
}

// Installed once the app has started (index.html): the page and its assets are in the HTTP cache
// by then, so the first visit downloads nothing twice.
self.addEventListener('install', (event) => {
  event.waitUntil(fetch(SCOPE, { cache: 'force-cache' }).then((r) => (r.ok ? cachePage(r) : undefined)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(self.clients.claim());
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  const page = request.mode === 'navigate' || url.pathname === SCOPE || url.pathname === `${SCOPE}index.html`;
  if (WORKER.includes(url.pathname)) {
    event.respondWith(
      fetch(request)
        .then(async (response) => {
          if (response.ok) (await caches.open(CACHE)).put(url.pathname, response.clone());
          return response;
        })
        .catch(async () => (await caches.match(url.pathname)) ?? Response.error()),
    );
    return;
  }
  if (page) {
    event.respondWith(
      fetch(request)
        .then((response) => {
          if (response.ok) event.waitUntil(cachePage(response.clone()));
          return response;
        })
        .catch(async () => (await caches.match(SCOPE)) ?? Response.error()),
    );
    return;
  }
  event.respondWith(
    caches.match(url.pathname).then((hit) => hit ?? fetch(request).then(async (response) => {
      if (response.ok) (await caches.open(CACHE)).put(url.pathname, response.clone());
      return response;
    })),
  );
});
