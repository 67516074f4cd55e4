// Prints the Lighthouse CI results in .lighthouseci/ as a Markdown table: for each tab, the run
// with the median performance score. Usage: node scripts/lighthouse-table.mjs [.lighthouseci]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2] ?? '.lighthouseci';
const runs = readdirSync(dir)
  .filter((f) => /^lhr-.*\.json$/.test(f))
  .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')));
const byTab = new Map();
for (const run of runs) {
  const tab = new URL(run.requestedUrl).hash || '#/';
  byTab.set(tab, [...(byTab.get(tab) ?? []), run]);
}
const score = (run, id) => Math.round(run.categories[id].score * 100);
const ms = (run, id) => `${Math.round(run.audits[id].numericValue)} ms`;
console.log(`\nLighthouse ${runs[0]?.lighthouseVersion} (${runs[0]?.configSettings.formFactor}, ${runs[0]?.configSettings.throttlingMethod} throttling), median of ${runs.length / Math.max(1, byTab.size)} runs per tab\n`);
console.log('| tab | performance | accessibility | best practices | LCP | TBT | CLS |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const [tab, list] of [...byTab].sort()) {
  const sorted = [...list].sort((a, b) => score(a, 'performance') - score(b, 'performance'));
  const run = sorted[Math.floor(sorted.length / 2)];
  const cls = run.audits['cumulative-layout-shift'].numericValue.toFixed(3);
  console.log(`| \`${tab}\` | ${score(run, 'performance')} | ${score(run, 'accessibility')} | ${score(run, 'best-practices')} | ${ms(run, 'largest-contentful-paint')} | ${ms(run, 'total-blocking-time')} | ${cls} |`);
}
