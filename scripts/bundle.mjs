// Builds dist/: the action (index.js) and the CLI (cli.js) as ESM bundles, plus dist/runtime/, the files
// the page loads (Paged.js, themes, fonts, KaTeX, Mermaid), copied from the table in runtime-assets.json.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'src/shared/runtime-assets.json'), 'utf8'));

fs.rmSync(dist, { recursive: true, force: true });

await build({
  absWorkingDir: root,
  entryPoints: { index: 'src/index.ts', cli: 'src/cli.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunks/[name]-[hash]',
  // The optional registry Chromium is found at run time when installed; it is never bundled.
  external: ['@sparticuz/chromium'],
  // Some CommonJS dependencies call require(); give the ESM bundle one.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  legalComments: 'none',
  logLevel: 'warning',
});

/**
 * Font files the generated stylesheets (themes/fonts.css, themes/fonts-cjk.css) point at
 * (`../fonts/<family>/files/<file>`), as `fonts/<family>/files/<file>`: only those are copied, not every
 * subset, weight and format @fontsource has.
 */
function referencedFontFiles() {
  const sheets = fs.readdirSync(path.join(root, 'themes')).filter((name) => /^fonts.*\.css$/.test(name));
  const text = sheets.map((name) => fs.readFileSync(path.join(root, 'themes', name), 'utf8')).join('\n');
  return new Set([...text.matchAll(/url\(\.\.\/(fonts\/[^)]+)\)/g)].map(([, url]) => url));
}

const runtime = path.join(dist, 'runtime');
const copy = (from, to) => {
  fs.mkdirSync(path.dirname(to), { recursive: true });
  fs.copyFileSync(from, to);
};
for (const [url, source] of Object.entries(manifest.files))
  copy(path.join(root, source), path.join(runtime, url));
const fontFiles = referencedFontFiles();
for (const [url, source] of Object.entries(manifest.dirs)) {
  const dir = path.join(root, source);
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const rel = path.relative(dir, path.join(entry.parentPath, entry.name));
    if (url.startsWith('fonts/') && !fontFiles.has(url + rel)) continue;
    if (url === 'katex/fonts/' && !rel.endsWith('.woff2')) continue;
    // The page loads the scripts only; their tsconfig and type declarations are for the type check.
    if (url === 'page-scripts/' && !rel.endsWith('.js')) continue;
    copy(path.join(dir, rel), path.join(runtime, url, rel));
  }
}
fs.chmodSync(path.join(dist, 'cli.js'), 0o755);
