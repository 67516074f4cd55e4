// The app shell: landmarks, the three tabs by mouse and keyboard, hash routes, reload and history.
import { test, expect } from './fixtures/app.mjs';

const TABS = ['Article', 'Timeline', 'Quiz'];

test('the page loads with its landmarks, one h1, three tabs and the source list', async ({ app, page }) => {
  await app.open();
  await expect(page).toHaveTitle(/IOM Explorer/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('IOM Explorer');
  await expect(page.getByRole('banner')).toBeVisible();
  await expect(page.getByRole('main')).toBeVisible();
  await expect(page.getByRole('contentinfo')).toBeVisible();
  await expect(app.tablist.getByRole('tab')).toHaveText(TABS);
  await app.expectSelected('Article');
  const sources = page.getByRole('contentinfo').getByRole('listitem');
  await expect(sources).toHaveCount(5);
  await expect(sources.first()).toContainText('000_26814fa039b09df4.txt');
});

test('each tab opens by click and updates the address', async ({ app, page }) => {
  await app.open();
  for (const name of ['Timeline', 'Quiz', 'Article']) {
    await app.tab(name).click();
    await app.expectSelected(name);
    await expect(page).toHaveURL(new RegExp(`#/${name.toLowerCase()}(\\?seed=\\d+)?$`));
    for (const other of TABS.filter((t) => t !== name)) {
      await expect(app.tab(other)).toHaveAttribute('aria-selected', 'false');
      await expect(app.panel(other)).toBeHidden();
    }
  }
});

test('each tab opens by keyboard: Tab into the list, arrows, Home and End', async ({ app, page }) => {
  await app.open();
  // First the documents bar: which documents, open, paste.
  for (const stop of [
    page.getByRole('link', { name: 'IOM documents (built-in)' }),
    page.getByRole('link', { name: /^Your documents/ }),
    page.getByLabel('Open documents…'),
    page.getByText('Paste text'),
  ]) {
    await page.keyboard.press('Tab');
    await expect(stop).toBeFocused();
  }
  // The selected tab is the only tab stop in the list.
  await page.keyboard.press('Tab');
  await expect(app.tab('Article')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(app.tab('Timeline')).toBeFocused();
  await app.expectSelected('Timeline');
  await page.keyboard.press('ArrowRight');
  await app.expectSelected('Quiz');
  await page.keyboard.press('ArrowRight');
  await app.expectSelected('Article');
  await page.keyboard.press('ArrowLeft');
  await app.expectSelected('Quiz');
  await page.keyboard.press('Home');
  await app.expectSelected('Article');
  await expect(app.tab('Article')).toBeFocused();
  await page.keyboard.press('End');
  await app.expectSelected('Quiz');
  await expect(app.tab('Quiz')).toBeFocused();
  // Tab leaves the list for the panel.
  await page.keyboard.press('Tab');
  await expect(app.panel('Quiz')).toBeFocused();
});

test('the keyboard focus ring of a tab is drawn whole, not clipped by the tab list', async ({ app, page }) => {
  await app.open('#/article');
  for (const list of [app.tablist, page.getByRole('tablist', { name: 'Article sections' })]) {
    const tab = list.getByRole('tab', { selected: true });
    await tab.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowLeft');
    const focused = list.locator(':focus-visible');
    await expect(focused).toHaveCount(1);
    const ring = await focused.evaluate((el) => {
      const style = getComputedStyle(el);
      const reach = parseFloat(style.outlineOffset) + parseFloat(style.outlineWidth);
      const r = el.getBoundingClientRect();
      return { top: r.top - reach, bottom: r.bottom + reach, left: r.left - reach, right: r.right + reach, style: style.outlineStyle };
    });
    const box = await list.evaluate((el) => el.getBoundingClientRect().toJSON());
    expect(ring.style).not.toBe('none');
    expect(ring.top).toBeGreaterThanOrEqual(box.top);
    expect(ring.bottom).toBeLessThanOrEqual(box.bottom);
    expect(ring.left).toBeGreaterThanOrEqual(box.left);
    expect(ring.right).toBeLessThanOrEqual(box.right);
  }
});

test('a deep link opens its tab, and survives a reload', async ({ app, page }) => {
  await app.open('#/timeline');
  await app.expectSelected('Timeline');
  await expect(page).toHaveTitle(/^Timeline/);
  await app.reload();
  await app.expectSelected('Timeline');
});

test('back and forward move between visited tabs', async ({ app, page }) => {
  await app.open('#/article');
  await app.tab('Timeline').click();
  await app.tab('Quiz').click();
  await app.expectSelected('Quiz');
  await page.goBack();
  await app.expectSelected('Timeline');
  await page.goBack();
  await app.expectSelected('Article');
  await page.goForward();
  await app.expectSelected('Timeline');
});

test('a tab goes back to the view it last showed: the section read, the event selected, the source', async ({ app, page }) => {
  await app.open('#/article/history');
  await app.tab('Timeline').click();
  await page.getByRole('listbox', { name: /^Events in date order/ }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/#\/timeline\/[^/?]+$/);
  const event = page.url();
  await app.tab('Article').click();
  await expect(page).toHaveURL(/#\/article\/history$/);
  await expect(page.getByRole('tab', { name: 'History', exact: true })).toHaveAttribute('aria-selected', 'true');
  await app.tab('Timeline').click();
  await expect(page).toHaveURL(event);
  await expect(page.locator('.timeline [role=option][aria-selected=true]')).toHaveCount(1);

  // A cited sentence takes the focus once, when its link is followed; not on coming back, so
  // arrowing along the tabs stays in the tab list.
  await app.tab('Article').click();
  const citation = page.getByRole('tabpanel', { name: 'History', exact: true }).getByRole('link', { name: /^Source \d:/ }).first();
  await citation.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('mark#cited-sentence')).toBeFocused();
  await app.tab('Quiz').click();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await app.expectSelected('Article');
  await expect(page).toHaveURL(/#\/article\/sources\/\d$/);
  await expect(app.tab('Article')).toBeFocused();
});

test('a link to no page says so and shows the article', async ({ app, page }) => {
  await app.open('#/nowhere');
  await app.expectSelected('Article');
  const notice = page.getByRole('status');
  await expect(notice).toContainText('#/nowhere');
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByRole('status')).toHaveCount(0);
});

test('a 360 px phone gets no horizontal scrolling', async ({ app, page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const fragment of ['#/article', '#/timeline', '#/quiz']) {
    await app.open(fragment);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, fragment).toBeLessThanOrEqual(0);
  }
});

test('on a 360 × 740 phone the first screen shows the content: the article text, the timeline axis, the quiz choices', async ({ app, page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await app.open('#/article');
  const opening = await page.locator('#article-view p').first().boundingBox();
  expect(opening.y, 'the first paragraph starts in the top 450 px').toBeLessThan(450);
  // The search box sits beside its label, not under it.
  const label = await page.getByText('Search the article', { exact: true }).boundingBox();
  const box = await page.getByRole('searchbox', { name: 'Search the article' }).boundingBox();
  expect(Math.abs(box.y + box.height / 2 - (label.y + label.height / 2))).toBeLessThan(4);
  // The section tabs are one row that scrolls sideways.
  const tops = await page.getByRole('tablist', { name: 'Article sections' }).getByRole('tab').evaluateAll((tabs) => tabs.map((t) => Math.round(t.getBoundingClientRect().top)));
  expect(new Set(tops).size, 'section tabs on one row').toBe(1);

  await app.tab('Timeline').click();
  // The axis starts on the first screen with its first lanes and their titles.
  const axis = await page.getByRole('listbox', { name: /^Events in date order/ }).boundingBox();
  expect(axis.y + 120, 'the axis on the first screen').toBeLessThanOrEqual(740);

  await app.tab('Quiz').click();
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  const choice = await page.getByRole('group', { name: 'Choices' }).getByRole('button').first().boundingBox();
  expect(choice.y + choice.height, 'the first choice on the first screen').toBeLessThanOrEqual(740);
});

test('on a phone the documents controls fold behind one button, opened by keyboard', async ({ app, page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await app.open('#/article');
  const toggle = page.getByRole('button', { name: 'Documents: IOM (built-in)' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByText('Open documents…')).toBeHidden();
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByText('Open documents…')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Documents shown' }).getByRole('link', { name: 'Your documents' })).toBeVisible();
  await page.keyboard.press('Space');
  await expect(page.getByText('Open documents…')).toBeHidden();
  // On a wide screen there is nothing to unfold: the controls are in the bar.
  await page.setViewportSize({ width: 1280, height: 900 });
  await expect(toggle).toBeHidden();
  await expect(page.getByText('Open documents…')).toBeVisible();
});

test('the dark theme follows the system setting', async ({ app, page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await app.open();
  const light = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.emulateMedia({ colorScheme: 'dark' });
  const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(light).toBe('rgb(255, 255, 255)');
  expect(dark).not.toBe(light);
});

test('the page has a favicon from its own origin', async ({ app, page }) => {
  await app.open();
  const href = await page.locator('link[rel="icon"]').getAttribute('href');
  const response = await page.request.get(new URL(href, page.url()).href);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('image/svg+xml');
});
