// The prerendered first view: the article is in the HTML itself (readable with scripting off),
// the app takes it over without moving anything, and a link to another view never shows it.
import { test, expect, appStarted } from './fixtures/app.mjs';

test('the article is readable before any script runs', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  try {
    await page.goto(baseURL);
    await expect(page.getByRole('heading', { level: 2, name: 'International Organization for Migration' })).toBeVisible();
    await expect(page.getByRole('tabpanel', { name: 'Overview', exact: true })).toContainText('intergovernmental organization');
  } finally {
    await context.close();
  }
});

test('the app takes over the prerendered article with no layout shift', async ({ page }) => {
  await page.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shifts.push(entry.value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto('./');
  const prerendered = await page.locator('[elementtiming="first-paragraph"]').first().innerText();
  await appStarted(page);
  const live = await page.locator('[elementtiming="first-paragraph"]').first().innerText();
  expect(live).toBe(prerendered);
  // Two frames after the takeover: every shift it could cause has been reported.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  expect(await page.evaluate(() => window.__shifts)).toEqual([]);
  // The app answers: the tab bar works once it has taken over.
  await page.getByRole('tab', { name: 'Timeline', exact: true }).click();
  await expect(page.getByRole('tab', { name: 'Timeline', exact: true })).toHaveAttribute('aria-selected', 'true');
});

test('keyboard focus on a prerendered control stays on it when the app takes over', async ({ page }) => {
  // Hold the WebAssembly back until a prerendered control has focus.
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route('**/*.wasm', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('./');
  await page.getByRole('searchbox', { name: 'Search the article' }).focus();
  release();
  await appStarted(page);
  await expect(page.getByRole('searchbox', { name: 'Search the article' })).toBeFocused();
});

test('a link to another view waits for the app instead of showing the article', async ({ page }) => {
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route('**/*.wasm', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('./#/quiz');
  await expect(page.getByRole('heading', { name: 'International Organization for Migration' })).toBeHidden();
  release();
  await appStarted(page);
  await expect(page.getByRole('tab', { name: 'Quiz', exact: true })).toHaveAttribute('aria-selected', 'true');
});
