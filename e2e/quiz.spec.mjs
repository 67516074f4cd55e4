// The Quiz tab: a 10-question quiz by keyboard only with a score that matches the answers, the
// history kept across reloads, a shared seed giving the same quiz, damaged storage handled.
import AxeBuilder from '@axe-core/playwright';
import { test, expect, appStarted, ExplorerPage } from './fixtures/app.mjs';

const KEY = 'iom-explorer.progress';

/** Tabs forward until the element with this accessible name has the focus (keyboard only). */
async function tabTo(page, name) {
  for (let i = 0; i < 60; i += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent?.trim());
    if (focused === name) return;
  }
  throw new Error(`no focusable element named ${name}`);
}

/** Answers every question with the first choice, by keyboard; returns how many were right. */
async function answerAll(page) {
  let right = 0;
  for (let n = 1; n <= 10; n += 1) {
    await expect(page.getByText(`Question ${n} of 10`)).toBeVisible();
    await page.keyboard.press('1');
    await page.keyboard.press('Enter');
    const verdict = page.locator('.feedback .verdict');
    await expect(verdict).toBeVisible();
    if ((await verdict.textContent()).startsWith('Right')) right += 1;
    await page.keyboard.press('Enter');
  }
  return right;
}

test('a 10-question quiz by keyboard only; the score matches the answers; history survives a reload', async ({ app, page }) => {
  await app.open('#/quiz?seed=2024');
  await expect(page.getByRole('button', { name: 'Start the quiz' })).toBeVisible();
  await tabTo(page, 'Start the quiz');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('progressbar', { name: 'Quiz progress' })).toHaveAttribute('aria-valuenow', '0');
  const right = await answerAll(page);
  await expect(page.getByRole('heading', { name: `You scored ${right} of 10` })).toBeVisible();
  await expect(page.getByText(/^Time taken: /)).toBeVisible();
  const mistakes = page.locator('.mistakes li');
  await expect(mistakes).toHaveCount(10 - right);
  if (right < 10) {
    await page.getByRole('button', { name: /^Retry the \d+ missed$/ }).click();
    await expect(page.getByText(`Question 1 of ${10 - right}`)).toBeVisible();
  }
  await app.reload();
  await expect(page.getByRole('button', { name: 'Start the quiz' })).toBeVisible();
  await page.getByText('Past scores as a table').click();
  const rows = page.getByRole('table', { name: 'Past scores' }).getByRole('row');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText(`${right} of 10`);
  await expect(page.getByRole('button', { name: /^Review what is due \(\d+\)$/ })).toBeVisible();
});

test('a shared seed gives the same first question in a fresh browser', async ({ app, page, browser }) => {
  await app.open('#/quiz?seed=777');
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  const first = await page.locator('.quiz-question h3').textContent();
  const other = await browser.newContext();
  const fresh = await other.newPage();
  await fresh.goto(page.url().replace(/#.*/, '#/quiz?seed=777'));
  await appStarted(fresh);
  await fresh.getByRole('button', { name: 'Start the quiz' }).click();
  await expect(fresh.locator('.quiz-question h3')).toHaveText(first);
  await other.close();
});

test('a quiz without a seed gets one in the address, to share', async ({ app, page }) => {
  await app.open('#/quiz');
  await expect(page).toHaveURL(/#\/quiz\?seed=\d+$/);
  const seed = page.url().match(/seed=(\d+)/)[1];
  await expect(page.getByRole('link', { name: `quiz number ${seed}` })).toBeVisible();
});

test('damaged storage never breaks the app, keeps the valid part and says so', async ({ app, page }) => {
  await page.addInitScript(([key]) => {
    localStorage.setItem(key, JSON.stringify({
      version: 2,
      cards: { good: { level: 2, due: 1, right: 1, wrong: 0 }, bad: 'nonsense' },
      history: [{ day: 1, seed: 1, score: 3, total: 10, seconds: 60 }, { broken: true }],
    }));
  }, [KEY]);
  await app.open('#/quiz?seed=5');
  await expect(page.getByRole('status')).toContainText('could not be read (2 entries skipped); the rest is kept');
  await page.getByText('Past scores as a table').click();
  await expect(page.getByRole('table', { name: 'Past scores' }).getByRole('row')).toHaveCount(2);
  await expect(page.getByRole('button', { name: 'Start the quiz' })).toBeEnabled();
});

test('unreadable storage starts afresh without deleting the old data', async ({ app, page }) => {
  await page.addInitScript(([key]) => localStorage.setItem(key, '{not json'), [KEY]);
  await app.open('#/quiz?seed=5');
  await expect(page.getByRole('status')).toContainText('could not be read');
  const aside = await page.evaluate(() => localStorage.getItem('iom-explorer.progress.unreadable'));
  expect(aside).toBe('{not json');
});

test('reset progress asks first', async ({ app, page }) => {
  await page.addInitScript(([key]) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem(key, JSON.stringify({ version: 2, cards: {}, history: [{ day: 1, seed: 1, score: 3, total: 10, seconds: 60 }] }));
      sessionStorage.setItem('seeded', '1');
    }
  }, [KEY]);
  await app.open('#/quiz?seed=5');
  await page.getByRole('button', { name: 'Reset progress' }).click();
  await expect(page.getByRole('alertdialog')).toContainText('cannot be undone');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText('Your past scores')).toBeVisible();
  await page.getByRole('button', { name: 'Reset progress' }).click();
  await page.getByRole('button', { name: 'Yes, reset progress' }).click();
  await expect(page.getByText('Your past scores')).toBeHidden();
  await app.reload();
  await expect(page.getByText('Your past scores')).toBeHidden();
});

test('axe finds nothing on the quiz start, question, feedback and results', async ({ app, page }) => {
  const check = async () => {
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
  };
  await app.open('#/quiz?seed=11');
  await check();
  await page.getByRole('button', { name: '10 questions' }).click();
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  await check();
  await page.keyboard.press('1');
  await page.keyboard.press('Enter');
  await check();
  await page.keyboard.press('Enter');
  for (let n = 2; n <= 10; n += 1) {
    await expect(page.getByText(`Question ${n} of 10`)).toBeVisible();
    await page.keyboard.press('1');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
  }
  await expect(page.getByRole('heading', { name: /^You scored/ })).toBeVisible();
  await check();
});

test('answers typed faster than a slow laptop redraws all count, each on its own question', async ({ app, page, browser, baseURL }) => {
  // The same quiz answered at a person's pace, in a browser of its own, gives the expected score.
  const calm = await browser.newContext({ baseURL });
  const calmPage = await calm.newPage();
  await new ExplorerPage(calmPage).open('#/quiz?seed=2024');
  await calmPage.getByRole('button', { name: 'Start the quiz' }).click();
  const right = await answerAll(calmPage);
  await calm.close();

  await app.open('#/quiz?seed=2024');
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  await expect(page.getByText('Question 1 of 10')).toBeVisible();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 20 });
  for (let n = 1; n <= 10; n += 1) {
    await page.keyboard.press('1');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
  }
  await expect(page.getByRole('heading', { name: `You scored ${right} of 10` })).toBeVisible({ timeout: 20_000 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
});

test('a source opened from the feedback by Enter, or another tab, keeps the quiz where it was', async ({ app, page }) => {
  await app.open('#/quiz?seed=2024');
  // The start screen's choices too.
  const twenty = page.getByRole('button', { name: '20 questions' });
  await twenty.click();
  await app.tab('Article').click();
  await app.tab('Quiz').click();
  await expect(twenty).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: '10 questions' }).click();
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  await page.keyboard.press('1');
  await page.keyboard.press('Enter');
  const source = page.locator('.feedback').getByRole('link', { name: /^Source \d:/ }).first();
  await source.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/article\/sources\/\d\?at=\d+$/);
  await expect(page.locator('mark#cited-sentence')).toBeFocused();
  await page.goBack();
  await app.expectSelected('Quiz');
  await expect(page.getByText('Question 1 of 10')).toBeVisible();
  await expect(page.locator('.feedback .verdict')).toBeVisible();
  await page.getByRole('heading', { level: 3 }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Question 2 of 10')).toBeVisible();
  await app.tab('Timeline').click();
  await app.tab('Quiz').click();
  await expect(page.getByText('Question 2 of 10')).toBeVisible();
  await expect(page).toHaveURL(/#\/quiz\?seed=2024$/);
  // Coming back by the tab list leaves the focus there: the arrows go on along the tabs.
  await expect(app.tab('Quiz')).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await app.expectSelected('Timeline');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByText('Question 2 of 10')).toBeVisible();
  await expect(app.tab('Quiz')).toBeFocused();
});

test('full storage: the quiz goes on and says its progress could not be saved', async ({ app, page }) => {
  await page.addInitScript(([key]) => {
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = function (k, v) {
      if (k === key) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return original.call(this, k, v);
    };
  }, [KEY]);
  await app.open('#/quiz?seed=3');
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  for (let n = 1; n <= 10; n += 1) {
    await page.keyboard.press('1');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
  }
  await expect(page.getByRole('heading', { name: /^You scored \d+ of 10$/ })).toBeVisible();
  await expect(page.getByRole('status')).toContainText('could not be saved');
});

test('a missed question comes back in Review, and only what is due is asked', async ({ app, page }) => {
  await app.open('#/quiz?seed=2024');
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  const right = await answerAll(page);
  expect(right, 'this quiz, answered with the first choice each time, misses some').toBeLessThan(10);
  const missed = await page.locator('.mistakes .mistake-prompt').allTextContents();
  expect(missed).toHaveLength(10 - right);
  // The same quiz later: what was missed is due, and Review asks it (with any other question
  // of this quiz about a missed fact).
  await app.reload();
  const review = page.getByRole('button', { name: /^Review what is due \(\d+\)$/ });
  await expect(review).toBeEnabled();
  const due = Number((await review.textContent()).match(/\((\d+)\)/)[1]);
  expect(due).toBeGreaterThanOrEqual(missed.length);
  expect(due).toBeLessThan(2 * missed.length + 1);
  await review.click();
  const asked = [];
  for (let n = 1; n <= due; n += 1) {
    await expect(page.getByText(`Question ${n} of ${due}`)).toBeVisible();
    asked.push((await page.locator('.quiz-question h3').textContent()).trim());
    await page.keyboard.press('1');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
  }
  for (const prompt of missed) expect(asked).toContain(prompt);
  // Progress is stored as FSRS memories.
  const stored = JSON.parse(await page.evaluate((key) => localStorage.getItem(key), KEY));
  expect(stored.version).toBe(3);
  const cards = Object.values(stored.cards);
  expect(cards.length).toBe(10);
  for (const card of cards) expect(card.stability).toBeGreaterThan(0);
});

test('progress kept in Leitner boxes is converted, nothing lost, and its due fact asked in Review', async ({ app, page }) => {
  await page.addInitScript(([key]) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem(key, JSON.stringify({
        version: 2,
        cards: { '1951-founded': { level: 1, due: 1, right: 0, wrong: 1 } },
        history: [{ day: 1, seed: 1, score: 3, total: 10, seconds: 60 }],
      }));
      sessionStorage.setItem('seeded', '1');
    }
  }, [KEY]);
  await app.open('#/quiz?seed=5');
  await expect(page.getByRole('status')).toContainText('from an older version (2) and has been converted');
  await page.getByText('Past scores as a table').click();
  await expect(page.getByRole('table', { name: 'Past scores' }).getByRole('row')).toHaveCount(2);
  await page.getByRole('button', { name: 'Review what is due (1)' }).click();
  await expect(page.getByText('Question 1 of 1')).toBeVisible();
  await expect(page.locator('.quiz-question h3')).toContainText('In which year was the International Organization for Migration founded?');
});
