// Repeat visits and offline use: after one visit the service worker has the page and every
// asset, so the app reloads and works with the network gone.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from './fixtures/serve.mjs';
import { test, expect, appStarted } from './fixtures/app.mjs';

test('after one visit the app works offline, on all three tabs', async ({ app, page, context }) => {
  await app.open('#/article');
  await page.evaluate(() => navigator.serviceWorker.ready);
  // The page and its assets (script, WebAssembly, style, icon) are cached.
  await expect
    .poll(() => page.evaluate(async () => (await (await caches.open('iom-explorer')).keys()).map((r) => new URL(r.url).pathname)))
    .toEqual(expect.arrayContaining([expect.stringMatching(/\.wasm$/), expect.stringMatching(/\.js$/)]));

  await context.setOffline(true);
  await app.reload();
  await app.expectSelected('Article');
  await expect(page.getByRole('tabpanel', { name: 'Overview', exact: true })).toContainText('intergovernmental organization');
  await app.tab('Timeline').click();
  await expect(page.getByRole('listbox', { name: /^Events in date order/ })).toBeVisible();
  await app.tab('Quiz').click();
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  await page.keyboard.press('1');
  await page.keyboard.press('Enter');
  await expect(page.locator('.feedback .verdict')).toBeVisible();
  await context.setOffline(false);
});

test('the first visit downloads the page and each asset once, the service worker included', async ({ browser }) => {
  const { server, url } = await startServer({ root: 'dist', base: '/explorer/' });
  const requests = {};
  server.on('request', (request) => {
    const path = new URL(request.url, url).pathname;
    requests[path] = (requests[path] ?? 0) + 1;
  });
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(`${url}#/article`);
    await appStarted(page);
    await page.evaluate(() => navigator.serviceWorker.ready);
    // The service worker has cached the page, the script and the WebAssembly.
    await expect
      .poll(() => page.evaluate(async () => (await (await caches.open('iom-explorer')).keys()).length))
      .toBeGreaterThanOrEqual(4);
    const fetched = Object.entries(requests).filter(([path]) => !path.endsWith('/sw.js'));
    expect(fetched.length).toBeGreaterThanOrEqual(4);
    expect(Object.fromEntries(fetched.filter(([, times]) => times > 1))).toEqual({});
  } finally {
    await context.close();
    server.close();
  }
});

test('a new deployment is picked up on the next visit, without clearing any cache', async ({ browser }) => {
  // A private copy of dist/ on its own server, so that this test can "deploy" a change.
  const root = mkdtempSync(join(tmpdir(), 'iom-deploy-'));
  cpSync('dist', root, { recursive: true });
  const { server, url } = await startServer({ root, base: '/explorer/' });
  const context = await browser.newContext();
  const page = await context.newPage();
  const deployment = () => page.evaluate(() => document.querySelector('meta[name=deployment]')?.content ?? 'first');
  try {
    await page.goto(`${url}#/article`);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await appStarted(page);
    expect(await deployment()).toBe('first');

    // Deploy: the server now has a changed page.
    const index = join(root, 'index.html');
    writeFileSync(index, readFileSync(index, 'utf8').replace('<head>', '<head><meta name="deployment" content="second">'));
    await page.reload();
    await appStarted(page);
    expect(await deployment()).toBe('second');

    // Offline, the cache serves the new deployment too.
    await expect.poll(() => page.evaluate(async () => {
      const cached = await (await caches.open('iom-explorer')).match(new URL('./', location.href).pathname);
      return cached ? (await cached.text()).includes('content="second"') : false;
    })).toBe(true);
    await context.setOffline(true);
    await page.reload();
    await appStarted(page);
    expect(await deployment()).toBe('second');
  } finally {
    await context.close();
    server.close();
    rmSync(root, { recursive: true, force: true });
  }
});

test('once used, the pipeline worker works offline too: your documents are analysed without the network', async ({ app, page, context }) => {
  await app.open('#/article');
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
  const file = (name, body) => ({ name, mimeType: 'text/plain', buffer: Buffer.from(body) });
  await page.getByLabel('Open documents…').setInputFiles([file('first.txt', 'The Harbour Society was founded in 1901.')]);
  await expect(page.locator('#article-view')).toContainText('Harbour Society', { timeout: 20_000 });
  await expect
    .poll(() => page.evaluate(async () => (await (await caches.open('iom-explorer')).keys()).map((r) => new URL(r.url).pathname)))
    .toEqual(expect.arrayContaining([expect.stringMatching(/pipeline-worker_bg\.wasm$/)]));

  await context.setOffline(true);
  await app.reload();
  await expect(page.locator('#article-view')).toContainText('Harbour Society', { timeout: 20_000 });
  await page.getByLabel('Open documents…').setInputFiles([file('second.txt', 'The Lamp Guild was founded in 1888.')]);
  await expect(page.locator('.site-footer')).toContainText('second.txt', { timeout: 20_000 });
  await context.setOffline(false);
});
