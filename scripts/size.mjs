// Prints the transfer size of every file in a dist/ folder: raw, gzip -9 and brotli (q 11),
// then the totals, as a Markdown table ready for the README.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, extname } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const dist = process.argv[2] ?? 'dist';

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
