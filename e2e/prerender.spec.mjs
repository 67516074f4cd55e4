// The prerendered first view: the article is in the HTML itself (readable with scripting off),
// the app hydrates it without replacing or moving anything, and a link to another view never shows
// it: the timeline and the quiz show their own prerendered copies, a link into the article shows
// the page around its section, other views wait for the app.
import { readFileSync } from 'node:fs';
import { test, expect, appStarted } from './fixtures/app.mjs';

// The page's service worker would serve a held-back `.wasm` from its cache, past the hold.
test.use({ serviceWorkers: 'block' });

/** Holds the WebAssembly back until the returned function is called. */
async function holdWebAssembly(page) {
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route('**/*.wasm', async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** Records every layout shift not caused by input, from the page's start, in `window.__shifts`. */
async function recordLayoutShifts(page) {
  await page.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shifts.push(entry.value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** The layout shifts recorded by `recordLayoutShifts`, once two more frames have been drawn. */
async function layoutShifts(page) {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  return page.evaluate(() => window.__shifts);
}

test('the article is readable before any script runs', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  try {
    await page.goto(baseURL);
    await expect(page.getByRole('heading', { level: 2, name: 'International Organization for Migration' })).toBeVisible();
    await expect(page.getByRole('tabpanel', { name: 'Overview', exact: true })).toContainText('intergovernmental organization');
    // Nothing waits for a script that will not run: the fact box and the footer are shown too.
    await expect(page.getByRole('complementary', { name: 'Key facts' })).toBeVisible();
    await expect(page.getByRole('contentinfo')).toBeVisible();
  } finally {
    await context.close();
  }
});

test('the app adopts the prerendered elements (hydration): nothing is replaced or moved', async ({ page }) => {
  await recordLayoutShifts(page);
  const release = await holdWebAssembly(page);
  await page.goto('./');
  const paragraph = page.locator('[elementtiming="first-paragraph"]');
  await paragraph.evaluate((p) => { p.dataset.seen = 'before the app'; });
  release();
  await appStarted(page);
  // The same element, not a copy: hydration kept it.
  await expect(paragraph).toHaveAttribute('data-seen', 'before the app');
  expect(await layoutShifts(page)).toEqual([]);
  // The app answers: the tab bar works once it has taken over.
  await page.getByRole('tab', { name: 'Timeline', exact: true }).click();
  await expect(page.getByRole('tab', { name: 'Timeline', exact: true })).toHaveAttribute('aria-selected', 'true');
});

test('the first paint is the article text; the header and the fact box follow it before the app starts', async ({ page }) => {
  await page.addInitScript(() => {
    window.__painted = {};
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__painted[entry.identifier] = entry.renderTime;
    }).observe({ type: 'element', buffered: true });
  });
  const release = await holdWebAssembly(page);
  await page.goto('./');
  // Shown without the app: the page does not wait for the WebAssembly to reveal it.
  await expect(page.getByRole('complementary', { name: 'Key facts' })).toBeVisible();
  await expect(page.getByRole('contentinfo')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'IOM Explorer' })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Article', exact: true })).toBeVisible();
  await expect(page.getByRole('searchbox', { name: 'Search the article' })).toBeVisible();
  await page.waitForFunction(() => window.__painted['fact-box'] !== undefined && window.__painted['site-title'] !== undefined);
  const painted = await page.evaluate(() => window.__painted);
  expect(painted['first-paragraph']).toBeLessThan(painted['fact-box']);
  expect(painted['first-paragraph']).toBeLessThan(painted['site-title']);
  release();
  await appStarted(page);
});

// The app and the fact box wait for the first paint to be reported; where it never is, they must
// not wait for ever.
for (const [when, init] of [
  ['the page is opened in the background', () => Object.defineProperty(document, 'visibilityState', { get: () => 'hidden' })],
  ['the browser never reports the first paint', () => {
    window.PerformanceObserver = class {
      static supportedEntryTypes = ['paint', 'element', 'longtask'];
      observe() {}
      disconnect() {}
    };
  }],
]) {
  test(`the app starts and shows the fact box when ${when}`, async ({ page }) => {
    await page.addInitScript(init);
    await page.goto('./');
    await appStarted(page);
    await expect(page.getByRole('complementary', { name: 'Key facts' })).toBeVisible();
    await expect(page.getByRole('contentinfo')).toBeVisible();
  });
}

test('keyboard focus on a prerendered control stays on it when the app starts', async ({ page }) => {
  const release = await holdWebAssembly(page);
  await page.goto('./');
  await page.getByRole('searchbox', { name: 'Search the article' }).focus();
  release();
  await appStarted(page);
  await expect(page.getByRole('searchbox', { name: 'Search the article' })).toBeFocused();
});

// On a slow network the prerendered page is on screen for seconds before the app answers. What a
// reader does meanwhile is kept and replayed by the app (`iomEarly` in index.html); a link they
// follow is where the app starts.
for (const [what, follow, shows] of [
  ['"Your documents"', (page) => page.getByRole('link', { name: 'Your documents' }), (page) => expect(page.getByRole('link', { name: 'Your documents' })).toHaveAttribute('aria-current', 'page')],
  ['a citation', (page) => page.locator('#article-view').getByRole('link').first(), (page) => expect(page.getByRole('tab', { name: 'Sources', exact: true })).toHaveAttribute('aria-selected', 'true')],
]) {
  test(`a link to ${what} followed before the app starts is where the app starts`, async ({ page }) => {
    const release = await holdWebAssembly(page);
    await page.goto('./');
    await follow(page).focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#\/(yours|article\/sources)/);
    release();
    // The app renders the address it finds (hydrating the article there used to crash it).
    await appStarted(page);
    await shows(page);
  });
}

test('tabs chosen before the app starts, by mouse or by keyboard, open once it starts', async ({ page }) => {
  const release = await holdWebAssembly(page);
  await page.goto('./');
  const tab = (name) => page.getByRole('tab', { name, exact: true });
  await tab('Quiz').click();
  release();
  await appStarted(page);
  await expect(tab('Quiz')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('button', { name: 'Start the quiz' })).toBeVisible();

  const again = await holdWebAssembly(page);
  await page.goto('./#/article');
  await page.reload();
  await tab('Article').focus();
  // Twice: each kept key is replayed on the page the one before it made (one tab on each).
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  again();
  await appStarted(page);
  await expect(tab('Quiz')).toHaveAttribute('aria-selected', 'true');
  await expect(tab('Quiz')).toBeFocused();
});

test('on the quiz\'s copy, a choice made before the app starts is made on the app\'s own render', async ({ page }) => {
  const release = await holdWebAssembly(page);
  await page.goto('./#/quiz');
  await page.getByRole('button', { name: '20 questions', exact: true }).click();
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  release();
  await appStarted(page);
  // The copy's buttons were replaced by the app's: the same ones were pressed there, in order.
  await expect(page.getByRole('group', { name: 'Choices' })).toBeVisible();
  await expect(page.getByText(/^Question 1 of 20\b/)).toBeVisible();
});

test('a page translated before the app starts still starts: the app renders afresh instead of adopting changed elements', async ({ page }) => {
  const release = await holdWebAssembly(page);
  await page.goto('./');
  // What a page translator does: every text node becomes <font><font>translation</font></font>.
  await page.evaluate(() => {
    const walker = document.createTreeWalker(document.getElementById('app'), NodeFilter.SHOW_TEXT);
    const texts = [];
    while (walker.nextNode()) if (walker.currentNode.textContent.trim()) texts.push(walker.currentNode);
    for (const text of texts) {
      const outer = document.createElement('font');
      outer.append(document.createElement('font'));
      outer.firstChild.textContent = text.textContent.toUpperCase();
      text.replaceWith(outer);
    }
  });
  release();
  // Adopting these elements used to crash the app (a hydration mismatch).
  await appStarted(page);
  await expect(page.getByRole('heading', { level: 2, name: 'International Organization for Migration' })).toBeVisible();
  await page.getByRole('tab', { name: 'Timeline', exact: true }).click();
  await expect(page.getByRole('tab', { name: 'Timeline', exact: true })).toHaveAttribute('aria-selected', 'true');
});

test('a search typed before the app starts is kept and run', async ({ page }) => {
  const release = await holdWebAssembly(page);
  await page.goto('./');
  const search = page.getByRole('searchbox', { name: 'Search the article' });
  await search.pressSequentially('member');
  release();
  await appStarted(page);
  await expect(search).toHaveValue('member');
  await expect(search).toBeFocused();
  await expect(page.locator('#article-search-status')).toContainText(/\d+ match/);
});

test('a text pasted, a file picked or a file dropped before the app starts is opened once it starts, and the page is not reloaded', async ({ page }) => {
  const history = readFileSync('crates/corpus/tests/fixtures/lakeside-history.txt', 'utf8');
  const yourList = page.getByRole('list', { name: 'Your documents' });
  const release = await holdWebAssembly(page);
  await page.goto('./');
  await page.getByText('Paste text').click();
  await page.getByRole('textbox', { name: 'Name' }).fill('Notes');
  await page.getByRole('textbox', { name: 'Text' }).fill('The garden has a pond. Frogs live in the pond.');
  await page.getByRole('button', { name: 'Add this text' }).press('Enter');
  await page.getByLabel('Open documents…').setInputFiles({ name: 'picked.txt', mimeType: 'text/plain', buffer: Buffer.from(history) });
  const drop = await page.evaluateHandle((body) => {
    const data = new DataTransfer();
    data.items.add(new File([body], 'dropped.txt', { type: 'text/plain' }));
    return data;
  }, history);
  await page.dispatchEvent('main', 'dragover', { dataTransfer: drop });
  await page.dispatchEvent('main', 'drop', { dataTransfer: drop });
  // The form was not sent the browser's way (a reload would have lost the text).
  await expect(page).toHaveURL(/\/explorer\/$/);
  await expect(page.getByRole('textbox', { name: 'Text' })).toHaveValue('The garden has a pond. Frogs live in the pond.');
  release();
  await appStarted(page);
  for (const name of ['Notes', 'picked.txt', 'dropped.txt']) await expect(yourList).toContainText(name);
  await expect(page).toHaveURL(/#\/yours\/article/);
  // All three are analysed into the article: its sources name them.
  for (const name of ['Notes', 'picked.txt', 'dropped.txt']) await expect(page.locator('.site-footer')).toContainText(name, { timeout: 20_000 });
});

test('a link to a view with no prerendered copy waits for the app instead of showing the article', async ({ page }) => {
  const release = await holdWebAssembly(page);
  await page.goto('./#/yours/quiz');
  await expect(page.getByRole('heading', { name: 'International Organization for Migration' })).toBeHidden();
  await expect(page.getByRole('tab', { name: 'Quiz', exact: true })).toBeHidden();
  release();
  await appStarted(page);
  await expect(page.getByRole('tab', { name: 'Quiz', exact: true })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('link', { name: 'Your documents' })).toHaveAttribute('aria-current', 'page');
});

test('a link into the article shows the page around the section at once, and the app fills in the section it names', async ({ page }) => {
  await recordLayoutShifts(page);
  const release = await holdWebAssembly(page);
  await page.goto('./#/article/history');
  // Before the app: the header, the views and the article's title, but not the wrong section.
  await expect(page.getByRole('heading', { level: 1, name: 'IOM Explorer' })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Article', exact: true })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('heading', { level: 2, name: 'International Organization for Migration' })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Overview', exact: true })).toBeHidden();
  await expect(page.locator('[elementtiming="first-paragraph"]')).toBeHidden();
  release();
  await appStarted(page);
  await expect(page.getByRole('tab', { name: 'History', exact: true })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel', { name: 'History', exact: true })).toBeVisible();
  expect(await layoutShifts(page)).toEqual([]);
});

for (const [view, ready, control, address] of [
  ['quiz', (page) => page.getByRole('button', { name: 'Start the quiz' }), '20 questions', 'quiz'],
  ['timeline', (page) => page.getByText(/dated events from 5 documents/), 'Fit all', 'timeline'],
  ['shared quiz', (page) => page.getByRole('button', { name: 'Start the quiz' }), 'All', 'quiz?seed=42'],
  ['timeline event', (page) => page.getByText(/dated events from 5 documents/), 'Zoom in', 'timeline/event-1954-11-30-formally-established'],
]) {
  test(`a link to the ${view} shows its prerendered copy at once, then the app renders it without a shift, keeping keyboard focus`, async ({ page }) => {
    await recordLayoutShifts(page);
    const release = await holdWebAssembly(page);
    await page.goto(`./#/${address}`);
    const quiz = address.startsWith('quiz');
    const tab = page.getByRole('tab', { name: quiz ? 'Quiz' : 'Timeline', exact: true });
    // Before the app: the view's own copy, not the article and not an empty page.
    await expect(tab).toHaveAttribute('aria-selected', 'true');
    await expect(ready(page)).toBeVisible();
    await expect(page.getByRole('heading', { name: 'International Organization for Migration' })).toBeHidden();
    // The build's quiz number is not offered: the app picks a fresh one.
    if (quiz) await expect(page.getByText('Share this quiz with a class')).toBeHidden();
    const copy = await ready(page).elementHandle();
    // A keyboard user already on a control of the copy stays on that control.
    await page.getByRole('button', { name: control }).focus();
    release();
    await appStarted(page);
    await expect(page.getByRole('button', { name: control })).toBeFocused();
    // Rendered afresh (the copy's elements are gone), in the same place.
    expect(await copy.evaluate((el) => el.isConnected)).toBe(false);
    await expect(ready(page)).toBeVisible();
    expect(await layoutShifts(page)).toEqual([]);
    // Exactly one of each element: the templates stay inert.
    expect(await page.locator('[id="tab-quiz"]').count()).toBe(1);
    if (quiz) {
      await expect(page.getByText('Share this quiz with a class')).toBeVisible();
      if (address.includes('seed=')) await expect(page.getByRole('link', { name: 'quiz number 42' })).toBeVisible();
      await page.getByRole('button', { name: 'Start the quiz' }).click();
      await expect(page.getByText(/Question 1 of/)).toBeVisible();
    } else {
      await page.getByRole('tab', { name: 'Article', exact: true }).click();
      await expect(page.getByRole('heading', { name: 'International Organization for Migration' })).toBeVisible();
    }
  });
}

for (const [where, path] of [['on the article', './'], ['on a link to a section', './#/article/history']]) {
  test(`when the app cannot load ${where}, the page says so, keeps the article readable and reloads on request`, async ({ page, pageProblems }) => {
    await page.route('**/*.wasm', (route) => route.abort('internetdisconnected'));
    await page.goto(path);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('could not load');
    await expect(alert).toContainText('Reload the page to try again');
    await expect(page.getByRole('heading', { level: 2, name: 'International Organization for Migration' })).toBeVisible();
    // The failure is logged for developers, and nothing else went wrong.
    expect(pageProblems.some((p) => p.includes('IOM Explorer could not start'))).toBe(true);
    expect(pageProblems.filter((p) => !/could not start|Failed to load resource/.test(p))).toEqual([]);
    pageProblems.length = 0;
    // By keyboard: the Reload button is reachable and works once the network is back.
    await page.unroute('**/*.wasm');
    const reload = page.getByRole('button', { name: 'Reload' });
    await reload.focus();
    await page.keyboard.press('Enter');
    await appStarted(page);
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(page.getByRole('tab', { name: 'Article', exact: true })).toHaveAttribute('aria-selected', 'true');
  });
}
