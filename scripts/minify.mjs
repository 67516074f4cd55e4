// Release builds only (scripts/minify.sh, a trunk post-build hook): minifies every script of the
// built page with terser, in place. The JS files (the wasm-bindgen glue, the pipeline worker's
// glue and loader, the service worker) and the page's inline scripts; the markup, the styles and
// the prerendered text are left as they are.
// Usage: node scripts/minify.mjs <staging dir>
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minify } from 'terser';

const dir = process.argv[2];
if (!dir) throw new Error('usage: node scripts/minify.mjs <staging dir>');

/** An ES module (the glue `import`s and `export`s) or a classic script (workers, inline). */
const isModule = (code) => /^\s*(?:import|export)\s|import\.meta/m.test(code);

async function minified(code, module, name) {
  const result = await minify(code, { module, compress: { passes: 2 }, mangle: true, format: { comments: false } });
  if (typeof result.code !== 'string') throw new Error(`terser gave nothing for ${name}`);
  return result.code;
}

let before = 0;
let after = 0;
for (const name of readdirSync(dir).filter((n) => n.endsWith('.js'))) {
  const path = join(dir, name);
  const code = readFileSync(path, 'utf8');
  const out = await minified(code, isModule(code), name);
  writeFileSync(path, out);
  before += code.length;
  after += out.length;
}

// Inline scripts: `<script>` and `<script type="module">` with a body (never `src=` ones).
const page = join(dir, 'index.html');
const html = readFileSync(page, 'utf8');
const parts = [];
let last = 0;
for (const match of html.matchAll(/<script(\s+type="module")?>([\s\S]*?)<\/script>/g)) {
  const [whole, moduleType, body] = match;
  const out = await minified(body, Boolean(moduleType), `an inline script of ${page}`);
  if (out.includes('</script')) throw new Error(`a minified inline script of ${page} would close its tag`);
  parts.push(html.slice(last, match.index), whole.replace(body, () => out));
  last = match.index + whole.length;
  before += body.length;
  after += out.length;
}
parts.push(html.slice(last));
writeFileSync(page, parts.join(''));
console.log(`minify: scripts ${(before / 1024).toFixed(1)} KB -> ${(after / 1024).toFixed(1)} KB`);
