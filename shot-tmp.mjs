import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { join, extname } from 'node:path';
const root = '/work/main/dist';
const types = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm', '.svg': 'image/svg+xml' };
const server = createServer((req, res) => {
  let p = decodeURIComponent(new URL(req.url, 'http://x').pathname).replace(/^\/explorer/, '');
  if (p.endsWith('/')) p += 'index.html';
  const f = join(root, p);
  if (!existsSync(f)) { res.writeHead(404); res.end(); return; }
  res.writeHead(200, { 'content-type': types[extname(f)] ?? 'application/octet-stream' }); res.end(readFileSync(f));
}).listen(8768);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const [w, h] of [[360, 740], [1280, 900]]) {
  const page = await browser.newPage({ viewport: { width: w, height: h } });
  for (const tab of ['article', 'timeline', 'quiz']) {
    await page.goto(`http://127.0.0.1:8768/explorer/#/${tab}`);
    await page.waitForSelector('#app:not([data-prerendered])');
    await page.waitForTimeout(800);
    if (tab === 'quiz') { await page.getByRole('button', { name: 'Start the quiz' }).click(); await page.waitForTimeout(500); }
    const info = await page.evaluate(() => {
      const p = document.querySelector('#article-view p');
      const axis = document.querySelector('[role=listbox]');
      const choice = document.querySelector('.quiz-question [role=group] button, .choices button');
      const r = (e) => e ? [Math.round(e.getBoundingClientRect().top), Math.round(e.getBoundingClientRect().bottom)] : null;
      return { para: r(p), axis: r(axis), choice: r(choice) };
    });
    console.log(w, tab, JSON.stringify(info));
    await page.screenshot({ path: `/tmp/shot-${w}-${tab}.png` });
  }
  await page.close();
}
await browser.close(); server.close();
