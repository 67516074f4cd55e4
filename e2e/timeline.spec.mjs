// The Timeline tab: every event on the axis, keyboard walk in date order, zoom, details with
// sources, deep links, filters, and no accessibility violation.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures/app.mjs';

// The pipeline's own events, written by scripts/test.sh with the `export` command.
const exported = JSON.parse(readFileSync(new URL('../target/e2e-export.json', import.meta.url)));
const EVENTS = exported.events;

function axis(page) {
  return page.getByRole('listbox', { name: /^Events in date order/ });
}

async function shownCount(page) {
  return axis(page).locator('[role=option]').evaluateAll((options) =>
    options.reduce((n, o) => n + (o.classList.contains('cluster') ? Number(o.textContent.trim()) : 1), 0),
  );
}

test('at "fit all" the axis shows every event of the pipeline, clusters counted by size', async ({ app, page }) => {
  await app.open('#/timeline');
  await expect(axis(page)).toBeVisible();
  await page.getByRole('button', { name: 'Fit all' }).click();
  expect(await shownCount(page)).toBe(EVENTS.length);
  await expect(page.getByText(`${EVENTS.length} dated events from 5 documents.`)).toBeVisible();
});

test('Left and Right walk the events in date order; Home and End reach the ends', async ({ app, page }) => {
  await app.open('#/timeline');
  await axis(page).focus();
  const live = page.locator('.timeline [aria-live=polite]');
  const dates = [];
  for (let i = 0; i < EVENTS.length; i += 1) {
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(new RegExp(`#/timeline/${EVENTS[i].id}$`));
    // The address changes first, the axis on the render after it: read the active descendant
    // again until that render has come.
    await expect
      .poll(async () => {
        const active = await axis(page).getAttribute('aria-activedescendant');
        return active && page.locator(`#${active}`).getAttribute('aria-selected');
      })
      .toBe('true');
    dates.push(EVENTS[i].date);
  }
  expect(dates).toEqual([...dates].sort());
  await expect(live).toContainText(EVENTS[EVENTS.length - 1].title);
  await page.keyboard.press('Home');
  await expect(page).toHaveURL(new RegExp(`#/timeline/${EVENTS[0].id}$`));
  await page.keyboard.press('End');
  await expect(page).toHaveURL(new RegExp(`#/timeline/${EVENTS[EVENTS.length - 1].id}$`));
  // The live region says the date and title only, not the sources.
  const announced = await live.textContent();
  expect(announced.length).toBeLessThan(200);
});

test('Enter opens the details with every source; Escape closes them', async ({ app, page }) => {
  await app.open('#/timeline');
  await axis(page).focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  const details = page.getByRole('region', { name: EVENTS[0].title });
  await expect(details).toBeVisible();
  // Each sentence once, however many copies say it word for word or nearly (fewer quotations
  // than distinct quotes, here copies that differ by a word), with a link to every source.
  const quotes = new Set(EVENTS[0].sources.map((s) => s.quote));
  await expect(details.locator('blockquote').first()).toBeVisible();
  const shown = await details.locator('blockquote').count();
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThan(quotes.size);
  await expect(details.getByRole('link', { name: /read it in the source$/ })).toHaveCount(EVENTS[0].sources.length);
  await expect(details.getByRole('link', { name: /read it in the source$/ }).first()).toHaveAttribute('href', /#\/article\/sources\/\d\?at=\d+/);
  // And to the article section that says it.
  const inArticle = details.getByRole('link', { name: /^In the article: / }).first();
  await inArticle.click();
  await expect(page).toHaveURL(/#\/article\/[a-z-]+$/);
  await expect(page.getByRole('tab', { name: 'Article', exact: true })).toHaveAttribute('aria-selected', 'true');
  await page.goBack();
  await expect(details).toBeVisible();
  await axis(page).focus();
  await page.keyboard.press('Escape');
  await expect(details).toBeHidden();
});

test('zoom changes the visible range', async ({ app, page }) => {
  await app.open('#/timeline');
  const ticks = page.locator('.tick');
  await expect(ticks.first()).toBeVisible();
  const before = await ticks.allTextContents();
  await axis(page).focus();
  await page.keyboard.press('ArrowRight');
  for (let i = 0; i < 3; i += 1) await page.keyboard.press('+');
  // The axis redraws on the next frame: poll instead of reading the ticks once.
  const span = (labels) => Number(labels[labels.length - 1].slice(-4)) - Number(labels[0].slice(-4));
  await expect.poll(async () => span(await ticks.allTextContents())).toBeLessThan(span(before));
  await page.getByRole('button', { name: 'Zoom out' }).click();
  await page.getByRole('button', { name: 'Fit all' }).click();
  await expect(ticks).toHaveText(before);
});

/** The titles drawn on the axis: text, box, and whether the whole title shows (not cut with "…"). */
async function titles(page) {
  return page.locator('#timeline-events .mark-label').evaluateAll((labels) => labels.map((l) => {
    const r = l.getBoundingClientRect();
    return { text: l.textContent.trim(), whole: l.scrollWidth <= l.clientWidth, box: { left: r.left, right: r.right, top: r.top, bottom: r.bottom } };
  }));
}

function expectApart(labels, frame) {
  for (const [i, a] of labels.entries()) {
    expect(a.box.left, `${a.text} inside the axis`).toBeGreaterThanOrEqual(frame.x - 1);
    expect(a.box.right, `${a.text} inside the axis`).toBeLessThanOrEqual(frame.x + frame.width + 1);
    for (const b of labels.slice(i + 1)) {
      const apart = a.box.right <= b.box.left || b.box.right <= a.box.left || a.box.bottom <= b.box.top || b.box.bottom <= a.box.top;
      expect(apart, `"${a.text}" and "${b.text}" overlap`).toBe(true);
    }
  }
}

for (const [width, height, least] of [[1280, 900, 8], [360, 740, 2]]) {
  test(`at ${width} × ${height} the axis shows events' titles without a click, none overlapping another`, async ({ app, page }) => {
    await page.setViewportSize({ width, height });
    await app.open('#/timeline');
    const frame = await page.locator('.timeline-frame').boundingBox();
    const shown = await titles(page);
    const readable = shown.filter((t) => t.whole && t.box.top < height);
    expect(readable.length, `whole titles on the first screen: ${readable.map((t) => t.text).join(' | ')}`).toBeGreaterThanOrEqual(least);
    expectApart(shown, frame);
    // The selected event always has its title.
    await axis(page).focus();
    for (let i = 0; i < 5; i += 1) await page.keyboard.press('ArrowRight');
    const selected = page.locator('#timeline-events [role=option][aria-selected=true]');
    await expect(selected.locator('.mark-label')).toHaveCount(1);
    expectApart(await titles(page), frame);
  });
}

test('the list shows every event by decade, in sync with the axis both ways, filtered alike, and is what prints', async ({ app, page }) => {
  await app.open('#/timeline');
  const list = page.getByRole('region', { name: 'Every event, in date order' });
  const items = list.getByRole('listitem');
  await expect(items).toHaveCount(EVENTS.length);
  const decades = [...new Set(EVENTS.map((e) => `${Math.floor(Number(e.date.slice(0, 4)) / 10) * 10}s`))];
  await expect(list.getByRole('heading', { level: 4 })).toHaveText(decades);

  // From the list to the axis, and the address keeps it.
  const event = EVENTS.find((e) => e.date === '1953-10-19');
  await list.getByRole('button', { name: new RegExp(`^19 October 1953 ${event.title.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }).click();
  await expect(page.locator('#timeline-events [role=option][aria-selected=true]')).toHaveAttribute('aria-label', /^19 October 1953: /);
  await expect(page).toHaveURL(new RegExp(`#/timeline/${event.id}$`));
  // From the axis to the list.
  await axis(page).focus();
  await page.keyboard.press('ArrowRight');
  const selected = await page.locator('#timeline-events [role=option][aria-selected=true]').getAttribute('aria-label');
  const date = selected.split(': ')[0];
  await expect(list.getByRole('button', { pressed: true })).toHaveCount(1);
  await expect(list.getByRole('button', { pressed: true })).toContainText(date);

  // The same filters.
  const crises = EVENTS.filter((e) => e.category === 'crises').length;
  await page.getByRole('button', { name: /^Crises and operations/ }).click();
  await expect(items).toHaveCount(EVENTS.length - crises);

  // Printed, the list stands for the axis.
  await page.emulateMedia({ media: 'print' });
  await expect(axis(page)).toBeHidden();
  await expect(list).toBeVisible();
});

test('a deep link opens its event, selected and in view', async ({ app, page }) => {
  const event = EVENTS.find((e) => e.date === '1953-10-19');
  await app.open(`#/timeline/${event.id}`);
  const option = page.locator(`[role=option][aria-selected=true]`);
  await expect(option).toHaveAttribute('aria-label', /^19 October 1953: /);
  await expect(option).toBeInViewport();
  await expect(page.getByRole('region', { name: event.title })).toBeVisible();
});

test('category filters hide and show lanes, and a cluster opens on activation', async ({ app, page }) => {
  await app.open('#/timeline');
  const crises = page.getByRole('button', { name: /^Crises and operations/ });
  await crises.click();
  await expect(crises).toHaveAttribute('aria-pressed', 'false');
  const without = await shownCount(page);
  expect(without).toBeLessThan(EVENTS.length);
  await crises.click();
  expect(await shownCount(page)).toBe(EVENTS.length);
  const cluster = axis(page).locator('.cluster').first();
  const size = Number((await cluster.textContent()).trim());
  await cluster.click();
  expect(await shownCount(page)).toBeLessThan(EVENTS.length);
  const singles = await axis(page).locator('[role=option]:not(.cluster)').count();
  expect(singles).toBeGreaterThanOrEqual(Math.min(size, 2));
});

test('on a phone every year on the axis is shown whole, none cut off at the edges', async ({ app, page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await app.open('#/timeline');
  const axis = await page.locator('.ticks').boundingBox();
  const labels = await page.locator('.tick').evaluateAll((ticks) =>
    ticks.map((t) => ({ text: t.textContent, ...t.getBoundingClientRect().toJSON() })));
  expect(labels.length).toBeGreaterThan(1);
  for (const label of labels) {
    expect(label.left, label.text).toBeGreaterThanOrEqual(axis.x);
    expect(label.right, label.text).toBeLessThanOrEqual(axis.x + axis.width);
  }
});

test('axe finds nothing on the timeline with details open', async ({ app, page }) => {
  await app.open(`#/timeline/${EVENTS[0].id}`);
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
});

test('the wheel zooms around the pointer, dragging pans, and the overview strip moves the window', async ({ app, page }) => {
  await app.open('#/timeline');
  const ticks = page.locator('.tick');
  const first = async () => Number((await ticks.first().textContent()).slice(-4));
  const span = async () => {
    const labels = await ticks.allTextContents();
    return Number(labels[labels.length - 1].slice(-4)) - Number(labels[0].slice(-4));
  };
  const frame = page.locator('.timeline-measure');
  const box = await frame.boundingBox();
  const before = await span();
  // Over the axis, near its top (the axis with its titles may reach below the screen).
  await page.mouse.move(box.x + box.width / 2, box.y + 40);
  for (let i = 0; i < 4; i += 1) await page.mouse.wheel(0, -200);
  await expect.poll(span).toBeLessThan(before);

  const start = await first();
  await page.mouse.move(box.x + box.width * 0.7, box.y + 20);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.2, box.y + 20, { steps: 8 });
  await page.mouse.up();
  await expect.poll(first).toBeGreaterThan(start);

  const strip = page.locator('.timeline-overview canvas');
  const s = await strip.boundingBox();
  const beforeStrip = await first();
  await page.mouse.click(s.x + 4, s.y + s.height / 2);
  await expect.poll(first).toBeLessThan(beforeStrip);
});
