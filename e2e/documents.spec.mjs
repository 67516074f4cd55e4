// The reader's own documents: opened, pasted or dropped, analysed in a worker, kept in the
// browser across reloads, removed one by one; bad files get a specific message and lose nothing.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from './fixtures/app.mjs';

const text = (name, body) => ({ name, mimeType: 'text/plain', buffer: Buffer.from(body) });

// Hand-written documents about a rowing club (the native tests read the same files).
const fixture = (name) => text(name, readFileSync(`crates/corpus/tests/fixtures/${name}`, 'utf8'));
const HISTORY = fixture('lakeside-history.txt');
const RACES = fixture('lakeside-races.md');

const PNG = { name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]) };

/** The file picker, found as a reader finds it: by its label. */
const picker = (page) => page.getByLabel('Open documents…');
const yours = (page) => page.getByRole('navigation', { name: 'Documents shown' }).getByRole('link', { name: /^Your documents/ });
const yourList = (page) => page.getByRole('list', { name: 'Your documents' });

/** Opens `files` through the picker and waits until the article shows them. */
async function openDocuments(page, files) {
  await picker(page).setInputFiles(files);
  await expect(page).toHaveURL(/#\/yours\//);
  await expect(page.locator('.article h2#article-title')).toBeVisible({ timeout: 20_000 });
}

test('two text files give their own article, timeline and quiz, kept after a reload; one can be removed', async ({ app, page }) => {
  await app.open('#/article');
  await openDocuments(page, [HISTORY, RACES]);
  await expect(yours(page)).toHaveText('Your documents (2)');
  await expect(yours(page)).toHaveAttribute('aria-current', 'page');
  const sections = page.getByRole('tablist', { name: 'Article sections' });
  await expect(sections.getByRole('tab', { name: 'History' })).toBeVisible();
  await expect(page.locator('#article-view')).toContainText('Kingsport');
  await expect(page.locator('.site-footer')).toContainText('lakeside-races.md');

  await app.tab('Timeline').click();
  await expect(page).toHaveURL(/#\/yours\/timeline/);
  const events = page.getByRole('listbox', { name: /^Events in date order/ });
  await expect(events.getByRole('option', { name: /^4 May 1897: / })).toBeVisible();
  await expect(events.getByRole('option', { name: /^1975: The Autumn Head/ })).toBeVisible();

  await app.tab('Quiz').click();
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  await expect(page.getByRole('heading', { level: 3 })).not.toContainText(/Migration|IOM/);
  await expect(page.getByRole('group', { name: 'Choices' })).toBeVisible();

  await app.reload();
  await expect(page).toHaveURL(/#\/yours\/quiz/);
  await expect(yours(page)).toHaveText('Your documents (2)');
  await expect(page.getByRole('button', { name: 'Start the quiz' })).toBeVisible({ timeout: 20_000 });

  await app.tab('Article').click();
  await page.getByRole('button', { name: 'Remove lakeside-races.md' }).click();
  await expect(yours(page)).toHaveText('Your documents (1)');
  await expect(yourList(page).getByRole('listitem')).toHaveCount(1);
  await expect(page.locator('.site-footer')).not.toContainText('lakeside-races.md', { timeout: 20_000 });
  await expect(page.locator('.site-footer')).toContainText('lakeside-history.txt');
  await app.reload();
  await expect(yourList(page).getByRole('listitem')).toHaveCount(1);

  // The visible switch back to the built-in documents.
  await page.getByRole('link', { name: 'IOM documents (built-in)' }).click();
  await expect(page).toHaveURL(/#\/article$/);
  await expect(page.locator('#article-view')).toContainText('intergovernmental organization');
});

test('bad files get a specific message and the documents already open stay', async ({ app, page }) => {
  await app.open('#/article');
  await openDocuments(page, [HISTORY]);
  await picker(page).setInputFiles([
    PNG,
    text('empty.txt', '  \n'),
    { name: 'latin1.txt', mimeType: 'text/plain', buffer: Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x31, 0x39, 0x35, 0x31]) },
    { name: 'huge.txt', mimeType: 'text/plain', buffer: Buffer.alloc(5 * 1024 * 1024 + 1, 'a') },
  ]);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('“photo.png” was not added: it is not text');
  await expect(alert).toContainText('“empty.txt” was not added: it is empty');
  await expect(alert).toContainText('“latin1.txt” was not added: it is not UTF-8 text (byte 3 cannot be read)');
  await expect(alert).toContainText('“huge.txt” was not added: it is just over the 5 MB limit');
  await expect(yours(page)).toHaveText('Your documents (1)');
  await expect(page.locator('#article-view')).toContainText('Kingsport');
  await alert.getByRole('button', { name: 'Dismiss' }).click();
  await expect(alert).toHaveCount(0);
});

test('pasted text becomes a document; text without dates still reads, and the timeline and quiz say why they are empty', async ({ app, page }) => {
  await app.open('#/article');
  await page.getByText('Paste text').click();
  await page.getByRole('textbox', { name: 'Name' }).fill('Notes');
  await page.getByRole('textbox', { name: 'Text' }).fill('The garden has a pond. Frogs live in the pond.\n\nThe gate is painted green.');
  await page.getByRole('button', { name: 'Add this text' }).click();
  await expect(page).toHaveURL(/#\/yours\/article/);
  await expect(yourList(page)).toContainText('Notes');
  await expect(page.locator('#article-view')).toContainText('Frogs live in the pond.', { timeout: 20_000 });
  await app.tab('Timeline').click();
  await expect(app.panel('Timeline')).toContainText('no dated statements');
  await app.tab('Quiz').click();
  await expect(app.panel('Quiz')).toContainText('There are no questions to ask');

  // Pasting nothing is refused with a message.
  await page.getByRole('button', { name: 'Add this text' }).click();
  await expect(page.getByRole('alert')).toContainText('The pasted text was not added: it is empty');
});

test('bidirectional controls in a pasted text cannot reorder the page around it', async ({ app, page }) => {
  await app.open('#/article');
  await page.getByText('Paste text').click();
  // A right-to-left override with no end, an isolate, and a zero-width space inside a word.
  await page.getByRole('textbox', { name: 'Name' }).fill('Notes \u202Eevil');
  await page.getByRole('textbox', { name: 'Text' }).fill(
    'The Lake Club had 40 members in 1990. \u202EIt opened a boat\u200Bhouse in 1992.\n\n\u2067The club\u2069 moved its regatta to May in 1995.');
  await page.getByRole('button', { name: 'Add this text' }).click();
  await expect(page).toHaveURL(/#\/yours\/article/);
  const article = page.locator('#article-view');
  await expect(article).toContainText('It opened a boathouse in 1992.', { timeout: 20_000 });
  const text = await article.textContent();
  expect(text).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200B]/);
  // The citation mark stays after its sentence: to its right on the line.
  const paragraph = article.locator('p', { hasText: 'boathouse' }).first();
  const cite = paragraph.locator('a.cite').last();
  const [p, c] = [await paragraph.boundingBox(), await cite.boundingBox()];
  expect(c.x).toBeGreaterThan(p.x + p.width / 2);
  // The document's name is isolated from the controls around it in the list.
  await expect(yourList(page).locator('bdi.source-name')).toHaveCount(1);
});

test('a right-to-left paragraph keeps its citation mark after it, on its right', async ({ app, page }) => {
  await app.open('#/article');
  await page.getByText('Paste text').click();
  await page.getByRole('textbox', { name: 'Name' }).fill('Club notes');
  // A Hebrew sentence ending in a number, between English ones: without isolation the
  // paragraph's own bidi run would pull the mark "[1]" to the left of the Hebrew text.
  const hebrew = 'המועדון העביר את התחרות לחודש מאי בשנת 1995.';
  await page.getByRole('textbox', { name: 'Text' }).fill(
    `The Lake Club had 40 members in 1990.\n\n${hebrew}\n\nThe club opened a boathouse in 1992.`);
  await page.getByRole('button', { name: 'Add this text' }).click();
  const article = page.locator('#article-view');
  const paragraph = article.locator('p', { hasText: 'המועדון' }).first();
  await expect(paragraph).toBeVisible({ timeout: 20_000 });
  const text = paragraph.locator('bdi').first();
  await expect(text).toHaveText(hebrew);
  const cite = paragraph.locator('a.cite').last();
  const [t, c] = [await text.boundingBox(), await cite.boundingBox()];
  expect(c.x).toBeGreaterThanOrEqual(t.x + t.width - 1);
  // Isolated, the sentence is laid out right to left: its first letter at the right, its full
  // stop at the left end (in the page's left-to-right flow it would trail at the right).
  const [first, stop] = await text.evaluate((e) => {
    const node = e.firstChild;
    const at = (i) => {
      const range = document.createRange();
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      return range.getBoundingClientRect().x;
    };
    return [at(0), at(node.length - 1)];
  });
  expect(stop).toBeLessThan(first);
});

test('the built-in link with no documents of your own explains what to do', async ({ app, page }) => {
  await app.open('#/yours/timeline');
  await expect(app.panel('Timeline')).toContainText('You have not opened any documents of your own yet');
  await page.getByRole('link', { name: 'Show the built-in IOM documents' }).click();
  await expect(page.getByRole('listbox', { name: /^Events in date order/ })).toBeVisible();
});

test('a full browser storage is reported, and the document stays open for this visit', async ({ app, page }) => {
  await page.addInitScript(() => {
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await app.open('#/article');
  await openDocuments(page, [HISTORY]);
  await expect(page.getByRole('alert')).toContainText('“lakeside-history.txt” is open, but it will be gone after a reload: the browser\'s storage for this page is full');
  await expect(page.locator('#article-view')).toContainText('Kingsport');
});

test('files dropped on the page are opened', async ({ app, page }) => {
  await app.open('#/article');
  const drop = await page.evaluateHandle((body) => {
    const data = new DataTransfer();
    data.items.add(new File([body], 'dropped.txt', { type: 'text/plain' }));
    return data;
  }, HISTORY.buffer.toString());
  await page.dispatchEvent('main', 'dragover', { dataTransfer: drop });
  await page.dispatchEvent('main', 'drop', { dataTransfer: drop });
  await expect(yourList(page)).toContainText('dropped.txt');
  await expect(page.locator('#article-view')).toContainText('Kingsport', { timeout: 20_000 });
});

test('quiz progress on your documents is kept apart from the built-in quiz', async ({ app, page }) => {
  await app.open('#/article');
  await openDocuments(page, [HISTORY, RACES]);
  await app.tab('Quiz').click();
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  await page.keyboard.press('1');
  await page.keyboard.press('Enter');
  await expect(page.locator('.feedback .verdict')).toBeVisible();
  const keys = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('iom-explorer.progress')));
  expect(keys).toEqual([expect.stringMatching(/^iom-explorer\.progress\.[0-9a-f]{16}$/)]);
});

test('a 2 MB document is analysed without a long task on the page @alone', async ({ app, page }) => {
  test.setTimeout(120_000);
  await page.addInitScript(() => {
    window.longTasks = [];
    new PerformanceObserver((list) => window.longTasks.push(...list.getEntries().map((e) => e.duration))).observe({ type: 'longtask' });
  });
  await app.open('#/article');
  const paragraphs = [];
  let size = 0;
  for (let i = 0; size < 2 * 1024 * 1024; i++) {
    if (i % 40 === 0) paragraphs.push(`Chapter ${i / 40 + 1}`);
    const p = `In ${1800 + (i % 220)} the Harbour Lights Society opened branch number ${i} in Port ${i}. That branch had ${100 + (i % 900)} members and ran ${2 + (i % 7)} boats.`;
    paragraphs.push(p);
    size += p.length + 2;
  }
  // From a file on disk, as a reader picks it (a buffer would be built by script in the page,
  // itself a long task).
  const big = join(mkdtempSync(join(tmpdir(), 'iom-big-')), 'harbour-lights.txt');
  writeFileSync(big, `Harbour Lights Society\n\n${paragraphs.join('\n\n')}\n`);
  expect(readFileSync(big).length).toBeGreaterThan(2 * 1024 * 1024);
  await page.evaluate(() => { window.longTasks = []; });
  await picker(page).setInputFiles([big]);
  // A long section shows its beginning, and the rest on request.
  await expect(page.getByRole('button', { name: 'Show more' })).toBeVisible({ timeout: 90_000 });
  await expect(page.locator('#article-view')).toContainText('In 1800 the Harbour Lights Society opened branch number 0');
  await page.getByRole('button', { name: 'Show more' }).click();
  await expect(page.locator('#article-view')).toContainText('branch number 100 ');
  const longest = await page.evaluate(() => Math.max(0, ...window.longTasks));
  console.log(`2 MB document: longest main-thread task ${longest.toFixed(0)} ms`);
  expect(longest, 'the longest main-thread task while a 2 MB document was opened (ms)').toBeLessThanOrEqual(50);
  // The check can fail: a task of 80 ms is seen.
  await page.evaluate(() => setTimeout(() => { const end = performance.now() + 80; while (performance.now() < end); }, 0));
  await expect.poll(() => page.evaluate(() => Math.max(0, ...window.longTasks))).toBeGreaterThan(50);
});

/** A file of `bytes` of dense dated figures, one per line, as a statistics page gives them. */
function denseFigures(bytes) {
  const lines = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const line = `As of ${1900 + (i % 120)} the Example Organization had ${1000 + ((i * 37) % 90000)} staff in ${10 + (i % 180)} countries.`;
    lines.push(line);
    size += line.length + 1;
  }
  const file = join(mkdtempSync(join(tmpdir(), 'iom-dense-')), 'dense-figures.txt');
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

/** Keeps, in the page, every label the progress bar showed and every main-thread long task. */
async function watchProgress(page) {
  await page.addInitScript(() => {
    window.longTasks = [];
    window.progressSeen = [];
    new PerformanceObserver((list) => window.longTasks.push(...list.getEntries().map((e) => e.duration))).observe({ type: 'longtask' });
    new MutationObserver(() => {
      const shown = document.querySelector('.documents-progress')?.textContent.trim();
      if (shown && window.progressSeen.at(-1) !== shown) window.progressSeen.push(shown);
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
}

test('2 MB of dense figures is ready in seconds, the bar moving through every stage, with no long task on the page @alone', async ({ app, page }) => {
  test.setTimeout(120_000);
  await watchProgress(page);
  await app.open('#/article');
  const file = denseFigures(2 * 1024 * 1024);
  await page.evaluate(() => { window.longTasks = []; window.progressSeen = []; });
  const start = Date.now();
  await picker(page).setInputFiles([file]);
  await expect(page.locator('#article-view')).toContainText('the Example Organization had', { timeout: 60_000 });
  await expect(page.locator('.documents-progress')).toHaveCount(0);
  const seconds = (Date.now() - start) / 1000;
  const seen = await page.evaluate(() => window.progressSeen);
  const longest = await page.evaluate(() => Math.max(0, ...window.longTasks));
  console.log(`2 MB of dense figures: ready in ${seconds.toFixed(1)} s, longest main-thread task ${longest.toFixed(0)} ms, stages ${seen.length}`);
  expect(seconds, 'seconds from picking the file to its article').toBeLessThan(10);
  expect(longest, 'the longest main-thread task (ms)').toBeLessThanOrEqual(50);
  // Within the analysis of one document, the bar says what it does at each stage.
  for (const stage of ['Reading “dense-figures.txt”', 'Finding the facts in', 'Comparing what the documents say', 'Dating the events', 'Writing the article']) {
    expect(seen.some((label) => label.includes(stage)), `the bar showed "${stage}" (saw ${JSON.stringify(seen)})`).toBe(true);
  }
});

test('removing a document while it is analysed stops the analysis at once @alone', async ({ app, page }) => {
  test.setTimeout(60_000);
  await app.open('#/article');
  await picker(page).setInputFiles([denseFigures(2 * 1024 * 1024)]);
  const progress = page.locator('.documents-progress');
  await expect(progress).toBeVisible();
  await page.getByRole('button', { name: 'Remove dense-figures.txt' }).click();
  await expect(progress).toHaveCount(0, { timeout: 1_000 });
  await expect(yourList(page).getByRole('listitem')).toHaveCount(0);
  // The stopped analysis never comes back with its result.
  await page.waitForTimeout(8_000);
  await expect(page.getByRole('main')).not.toContainText('the Example Organization had');
  await expect(progress).toHaveCount(0);
});

test('documents can be opened and removed with the keyboard alone', async ({ app, page }) => {
  // Listening before the page loads: Playwright starts intercepting file choosers when the first
  // listener is added, without waiting, so a key pressed right after could beat it (seen once in
  // CI, on a busy machine).
  const chooser = page.waitForEvent('filechooser');
  await app.open('#/article');
  await page.getByRole('link', { name: /^Your documents/ }).focus();
  await page.keyboard.press('Tab');
  await expect(picker(page)).toBeFocused();
  await page.keyboard.press('Space');
  await (await chooser).setFiles([HISTORY]);
  await expect(page.locator('#article-view')).toContainText('Kingsport', { timeout: 20_000 });
  await page.getByRole('button', { name: 'Remove lakeside-history.txt' }).focus();
  await page.keyboard.press('Enter');
  await expect(app.panel('Article')).toContainText('You have not opened any documents of your own yet');
});
