// The Article tab: section tabs by keyboard, citations to the highlighted source sentence, the
// contested member-states figure with every claim, a figure the sources give otherwise marked in
// the text, deep links that survive a reload.
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures/app.mjs';

const SECTIONS = ['Overview', 'History', 'Activities', 'Campaigns', 'Tasks and mission', 'Criticism', 'Member states', 'Sources'];

function sectionTabs(page) {
  return page.getByRole('tablist', { name: 'Article sections' }).getByRole('tab');
}

test('every section tab is reachable by keyboard', async ({ app, page }) => {
  await app.open('#/article');
  await expect(sectionTabs(page)).toHaveText(SECTIONS);
  await sectionTabs(page).first().focus();
  for (const name of SECTIONS.slice(1)) {
    await page.keyboard.press('ArrowRight');
    const tab = page.getByRole('tab', { name, exact: true });
    await expect(tab).toBeFocused();
    await expect(tab).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('tabpanel', { name, exact: true })).toBeVisible();
  }
  await page.keyboard.press('Home');
  await expect(page.getByRole('tab', { name: 'Overview', exact: true })).toBeFocused();
  await page.keyboard.press('End');
  await expect(page.getByRole('tab', { name: 'Sources', exact: true })).toBeFocused();
  await expect(page).toHaveURL(/#\/article\/sources$/);
});

test('a citation opens its source with the cited sentence highlighted', async ({ app, page }) => {
  await app.open('#/article/history');
  const history = page.getByRole('tabpanel', { name: 'History', exact: true });
  const paragraph = history.locator('p', { hasText: 'concluded on 19 October 1953 in Venice' });
  const citation = paragraph.getByRole('link', { name: /^Source 2:/ });
  await citation.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/article\/sources\/2\?at=\d+$/);
  await expect(page.getByRole('tab', { name: 'Sources', exact: true })).toHaveAttribute('aria-selected', 'true');
  const mark = page.locator('mark#cited-sentence');
  await expect(mark).toBeVisible();
  await expect(mark).toBeInViewport();
  await expect(mark).toBeFocused();
  // The highlighted sentence makes a claim the cited paragraph makes: a claim several sources
  // make is said once, citing each source in its own words, so most of its words are there.
  const cited = (await mark.textContent()).trim();
  await page.goBack();
  const panel = page.getByRole('tabpanel', { name: 'History', exact: true });
  await expect(panel).toContainText('Venice');
  const said = (await panel.textContent()).toLowerCase();
  const words = cited.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 3);
  const shared = words.filter((w) => said.includes(w)).length;
  expect(shared / words.length).toBeGreaterThan(0.6);
});

test('the sources view lists every document with its title and removed noise', async ({ app, page }) => {
  await app.open('#/article/sources');
  const list = page.locator('.source-docs li');
  await expect(list).toHaveCount(5);
  await expect(list.nth(1)).toContainText('International Organization for Migration');
  await expect(list.nth(1)).toContainText(/\d+ pieces of noise removed/);
  await expect(list.nth(1)).toContainText('put back in reading order');
  await list.nth(2).getByRole('link').click();
  await expect(page.getByRole('heading', { name: /^\[3\]/ })).toBeVisible();
});

test('the member-states figure reads as contested and lists every claim', async ({ app, page }) => {
  await app.open('#/article');
  const box = page.getByRole('complementary', { name: 'Key facts' });
  const summary = box.locator('summary', { hasText: '127 to 175, by date and source' });
  await expect(summary).toContainText('Contested');
  await summary.focus();
  await page.keyboard.press('Enter');
  const claims = summary.locator('xpath=..').getByRole('listitem');
  await expect(claims).toHaveCount(5);
  await expect(claims.nth(0)).toContainText('156 member states — as of June 2014');
  await expect(claims.nth(1)).toContainText('157 member states — as of April 2015');
  await expect(claims.nth(2)).toContainText('173 member states — as of 2021, latest');
  await expect(claims.nth(3)).toContainText('175 member states — no date given');
  await expect(claims.nth(4)).toContainText('127 member states — no date given');
  await expect(claims.nth(0).getByRole('link', { name: /^Source 2:/ })).toBeVisible();
});

test('a figure another source gives otherwise says so, cited, and leads to every claim', async ({ app, page }) => {
  await app.open('#/article/history');
  const history = page.getByRole('tabpanel', { name: 'History', exact: true });
  const note = history.locator('p', { hasText: 'Sources differ' });
  await expect(note).toHaveCount(1);
  await expect(note).toContainText('$1.3 billion (not $1.8 billion)');
  await expect(note.getByRole('link', { name: /^Source \d+:/ }).first()).toBeVisible();
  // Nothing of a caption reads as prose: it is set apart as a picture's caption.
  await expect(history.getByRole('figure').first()).toContainText(/^Picture in the source: /);
  const budget = note.getByRole('button', { name: /^Budget: every claim/ });
  await budget.focus();
  await page.keyboard.press('Enter');
  const box = page.getByRole('complementary', { name: 'Key facts' });
  const summary = box.locator('summary#fact-budget-summary');
  await expect(summary).toBeFocused();
  await expect(summary.locator('xpath=..')).toHaveAttribute('open', '');
  await expect(summary.locator('xpath=..').getByRole('listitem').first()).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
});

test('a section deep link survives a reload', async ({ app, page }) => {
  await app.open('#/article/history');
  await expect(page.getByRole('tab', { name: 'History', exact: true })).toHaveAttribute('aria-selected', 'true');
  await app.reload();
  await expect(page.getByRole('tab', { name: 'History', exact: true })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel', { name: 'History', exact: true })).toContainText('Venice');
});

test('an unknown section says so and shows the first one', async ({ app, page }) => {
  await app.open('#/article/no-such-section');
  await expect(page.getByRole('status')).toContainText('does not exist');
  await expect(page.getByRole('tab', { name: 'Overview', exact: true })).toHaveAttribute('aria-selected', 'true');
});

test('axe finds nothing in the sources view and the open fact disclosures', async ({ app, page }) => {
  await app.open('#/article/sources/2?at=0');
  for (const summary of await page.locator('.fact-box summary').all()) await summary.click();
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
});

test('searching finds every match, says n of m, and moves between them across sections', async ({ app, page }) => {
  await app.open('#/article');
  const box = page.getByRole('searchbox', { name: 'Search the article' });
  await box.fill('Venice');
  const status = page.locator('#article-search-status');
  await expect(status).toContainText(/^1 match/);
  await box.press('Enter');
  await expect(status).toHaveText('1 of 1');
  await expect(page.getByRole('tab', { name: 'History', exact: true })).toHaveAttribute('aria-selected', 'true');
  const current = page.locator('mark.search-hit.current');
  await expect(current).toHaveText('Venice');
  await expect(current).toBeInViewport();
  await expect(box).toBeFocused();

  // A word found in several sections: Enter walks forward through them, Shift+Enter back.
  await box.fill('Geneva');
  const total = Number((await status.textContent()).match(/^(\d+)/)[1]);
  expect(total).toBeGreaterThanOrEqual(3);
  const seen = new Set();
  for (let n = 1; n <= total; n += 1) {
    await box.press('Enter');
    await expect(status).toHaveText(`${n} of ${total}`);
    await expect(page.locator('mark.search-hit.current')).toHaveText(/geneva/i);
    seen.add(await page.getByRole('tablist', { name: 'Article sections' }).locator('[aria-selected=true]').textContent());
  }
  expect(seen.size).toBeGreaterThanOrEqual(2);
  await box.press('Enter');
  await expect(status).toHaveText(`1 of ${total}`);
  await box.press('Shift+Enter');
  await expect(status).toHaveText(`${total} of ${total}`);
  await box.press('Escape');
  await expect(page.locator('mark.search-hit')).toHaveCount(0);
});

test('figures over time are drawn, with the same data as a table reachable by keyboard', async ({ app, page }) => {
  await app.open('#/article');
  const figure = page.getByRole('figure', { name: 'Member states over time' });
  await expect(figure.locator('canvas')).toBeVisible();
  // The chart is painted: some canvas pixels are not transparent.
  const painted = await figure.locator('canvas').evaluate((c) => {
    const data = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    return data.some((v, i) => i % 4 === 3 && v > 0);
  });
  expect(painted).toBe(true);
  const summary = figure.getByText('Member states as a table');
  await summary.focus();
  await page.keyboard.press('Enter');
  const rows = figure.getByRole('table', { name: 'Member states over time' }).getByRole('row');
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(1)).toContainText('June 2014');
  await expect(rows.nth(1)).toContainText('156');
  await expect(rows.nth(3)).toContainText('2021');
  await expect(rows.nth(3)).toContainText('173');
});
