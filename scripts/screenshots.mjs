// Screenshots of the three tabs at a desktop and a phone size, from the release build in
// headless Chromium, into docs/: the pictures the README shows follow the app.
// Usage: node scripts/screenshots.mjs [dist] [out]   (scripts/screenshots.sh builds dist first)
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { startServer } from '../e2e/fixtures/serve.mjs';

const dist = process.argv[2] ?? 'dist';
const out = process.argv[3] ?? 'docs';
const SIZES = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 360, height: 740 },
];
const TABS = ['article', 'timeline', 'quiz'];

mkdirSync(out, { recursive: true });
const { server, url } = await startServer({ root: dist, base: '/explorer/' });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  for (const size of SIZES) {
    const page = await browser.newPage({ viewport: { width: size.width, height: size.height } });
    for (const tab of TABS) {
      await page.goto(`${url}#/${tab}`);
      // The app has taken over from the prerendered page (as e2e/fixtures/app.mjs waits for it).
      await page.waitForFunction(() => !document.querySelector('#app')?.hasAttribute('data-prerendered'));
      await page.getByRole('tablist', { name: 'Views' }).waitFor();
      await page.waitForTimeout(500);
      const path = `${out}/${tab}-${size.name}.png`;
      await page.screenshot({ path });
      console.log(path);
    }
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
