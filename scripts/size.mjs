// Prints the transfer size of every file in a dist/ folder: raw, gzip -9 and brotli (q 11),
// then the totals, as a Markdown table ready for docs/PERFORMANCE.md.
// With --assert, fails when the first visit (gzip'd) is over CEILING_KB. A change that adds bytes
// pays for them or raises the ceiling knowingly, with its reason in the commit; lower the ceiling
// whenever bytes come off.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, extname } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const args = process.argv.slice(2);
const dist = args.find((a) => !a.startsWith('--')) ?? 'dist';
const CEILING_KB = 331;

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else yield path;
  }
}

const kind = (path) => ({ '.wasm': 'wasm', '.js': 'JS', '.css': 'CSS', '.html': 'HTML' })[extname(path)] ?? 'other';
const kb = (bytes) => (bytes / 1024).toFixed(1);

const rows = [...files(dist)].map((path) => {
  const data = readFileSync(path);
  return {
    file: relative(dist, path),
    kind: kind(path),
    raw: data.length,
    gzip: gzipSync(data, { level: 9 }).length,
    brotli: brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
});
rows.sort((a, b) => b.raw - a.raw);

console.log(`\nTransfer size of ${dist}/ (KB = 1024 bytes)\n`);
console.log('| file | kind | raw KB | gzip -9 KB | brotli KB |');
console.log('| --- | --- | ---: | ---: | ---: |');
for (const r of rows) console.log(`| ${r.file} | ${r.kind} | ${kb(r.raw)} | ${kb(r.gzip)} | ${kb(r.brotli)} |`);
// The pipeline worker is fetched only when a reader opens documents of their own.
const onDemand = (r) => r.file.startsWith('pipeline-worker');
const sum = (key, keep) => rows.filter(keep).reduce((total, r) => total + r[key], 0);
const line = (label, keep) =>
  console.log(`| **${label}** | | **${kb(sum('raw', keep))}** | **${kb(sum('gzip', keep))}** | **${kb(sum('brotli', keep))}** |`);
line('first visit (all but the worker)', (r) => !onDemand(r));
line('the worker, on demand', onDemand);

if (args.includes('--assert')) {
  const firstVisit = sum('gzip', (r) => !onDemand(r)) / 1024;
  if (firstVisit > CEILING_KB) {
    console.error(`\nThe first visit is ${firstVisit.toFixed(1)} KB gzip'd, over its ${CEILING_KB} KB ` +
      `ceiling (scripts/size.mjs). Take the bytes off, or raise the ceiling knowingly, with the ` +
      'reason in the commit and in docs/PERFORMANCE.md.');
    process.exit(1);
  }
  console.log(`\nFirst visit ${firstVisit.toFixed(1)} KB gzip'd: under its ${CEILING_KB} KB ceiling.`);
}
