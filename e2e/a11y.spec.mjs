// axe-core finds no accessibility violation on any tab, in the light or the dark theme.
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures/app.mjs';

for (const colorScheme of ['light', 'dark']) {
  for (const name of ['Article', 'Timeline', 'Quiz']) {
    test(`axe finds nothing on the ${name} tab (${colorScheme})`, async ({ app, page }) => {
      await page.emulateMedia({ colorScheme });
      await app.open(`#/${name.toLowerCase()}`);
      await app.expectSelected(name);
      const results = await new AxeBuilder({ page }).analyze();
      const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`);
      expect(summary).toEqual([]);
    });
  }
}

for (const colorScheme of ['light', 'dark']) {
  test(`axe finds nothing on a phone, the documents panel open, on every tab (${colorScheme})`, async ({ app, page }) => {
    // Six full axe runs (three tabs, the panel folded and open): about 22 s on the project
    // machine, more when the machine is shared; the default 30 s left too little room.
    test.setTimeout(60_000);
    await page.setViewportSize({ width: 360, height: 740 });
    await page.emulateMedia({ colorScheme });
    for (const name of ['Article', 'Timeline', 'Quiz']) {
      await app.open(`#/${name.toLowerCase()}`);
      await app.expectSelected(name);
      for (const open of [false, true]) {
        if (open) await page.getByRole('button', { name: /^Documents: / }).click();
        const results = await new AxeBuilder({ page }).analyze();
        const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`);
        expect(summary, `${name}, documents ${open ? 'open' : 'folded'}`).toEqual([]);
      }
    }
  });
}

for (const colorScheme of ['light', 'dark']) {
  test(`axe finds nothing with documents of your own, their list, the paste form and a problem (${colorScheme})`, async ({ app, page }) => {
    await page.emulateMedia({ colorScheme });
    await app.open('#/article');
    await page.getByLabel('Open documents…').setInputFiles([
      { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('The Harbour Society was founded in 1901. It had 40 members in 1950.') },
      { name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]) },
    ]);
    await expect(page.getByRole('alert')).toContainText('“photo.png” was not added');
    await expect(page.locator('#article-view')).toContainText('Harbour Society', { timeout: 20_000 });
    await page.getByText('Paste text').click();
    const results = await new AxeBuilder({ page }).analyze();
    const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`);
    expect(summary).toEqual([]);
  });
}
