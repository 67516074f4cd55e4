// Prints the Lighthouse CI results in .lighthouseci/ as a Markdown table: for each tab, the run
// with the median performance score. With --assert, exits 1 with a message for each budget of the
// performance issue that the median run exceeds: performance and accessibility 95 or more, no
// layout shift.
// Usage: node scripts/lighthouse-table.mjs [.lighthouseci] [--assert]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const BUDGETS = { performance: 95, accessibility: 95, cls: 0 };
const args = process.argv.slice(2);
const assert = args.includes('--assert');
const dir = args.find((a) => !a.startsWith('--')) ?? '.lighthouseci';
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
const exceeded = [];
for (const [tab, list] of [...byTab].sort()) {
  const sorted = [...list].sort((a, b) => score(a, 'performance') - score(b, 'performance'));
  const run = sorted[Math.floor(sorted.length / 2)];
  const cls = run.audits['cumulative-layout-shift'].numericValue;
  console.log(`| \`${tab}\` | ${score(run, 'performance')} | ${score(run, 'accessibility')} | ${score(run, 'best-practices')} | ${ms(run, 'largest-contentful-paint')} | ${ms(run, 'total-blocking-time')} | ${cls.toFixed(3)} |`);
  if (score(run, 'performance') < BUDGETS.performance) {
    exceeded.push(`${tab}: performance score ${score(run, 'performance')} is under the budget of ${BUDGETS.performance} (LCP ${ms(run, 'largest-contentful-paint')}, TBT ${ms(run, 'total-blocking-time')})`);
  }
  if (score(run, 'accessibility') < BUDGETS.accessibility) {
    exceeded.push(`${tab}: accessibility score ${score(run, 'accessibility')} is under the budget of ${BUDGETS.accessibility}`);
  }
  if (cls > BUDGETS.cls) {
    exceeded.push(`${tab}: cumulative layout shift ${cls.toFixed(4)} is over the budget of ${BUDGETS.cls} (see the layout-shifts audit in .lighthouseci/)`);
  }
}
if (runs.length === 0) exceeded.push(`no Lighthouse results in ${dir}/`);
if (assert && exceeded.length > 0) {
  console.error(`\nPerformance budget exceeded:\n${exceeded.map((e) => `  - ${e}`).join('\n')}`);
  process.exit(1);
}
