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
