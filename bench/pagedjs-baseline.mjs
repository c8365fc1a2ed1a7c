#!/usr/bin/env node
// The "plain Chromium + Paged.js polyfill" baseline: the simplest way anyone would
// paginate an HTML file with Paged.js. One browser, a page per document, the
// polyfill injected as source text, page.pdf() once Paged.js reports it is done.
//
//   node bench/pagedjs-baseline.mjs --out-dir DIR [--concurrency 2] [--chrome-path PATH] a.html b.html …
//
// Writes DIR/<name>.pdf for each <name>.html.
/* global window -- the functions passed to evaluateOnNewDocument and waitForFunction run in the page */
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DOCUMENT_TIMEOUT_MS, runHtmlPrinter } from './lib/print-html.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const POLYFILL = path.join(repoRoot, 'node_modules/pagedjs/dist/paged.polyfill.js');

/** Loads one HTML file, lets Paged.js lay it out, and prints it to `pdfPath`. */
async function printWithPagedJs(page, htmlPath, pdfPath) {
  // PagedConfig must exist before the polyfill runs; `after` is its "done" signal.
  await page.evaluateOnNewDocument(() => {
    window.PagedConfig = { auto: true, after: () => (window.__pagedDone = true) };
  });
  await page.goto(pathToFileURL(htmlPath).href, { waitUntil: 'load', timeout: DOCUMENT_TIMEOUT_MS });
  await page.addScriptTag({ path: POLYFILL });
  await page.waitForFunction(() => window.__pagedDone === true, {
    timeout: DOCUMENT_TIMEOUT_MS,
    polling: 50,
  });
  await page.pdf({
    path: pdfPath,
    preferCSSPageSize: true,
    printBackground: true,
    timeout: DOCUMENT_TIMEOUT_MS,
  });
}

// Paged.js fetches each stylesheet to read its page rules; from file: pages that needs this flag.
runHtmlPrinter('pagedjs-baseline.mjs', printWithPagedJs, { extraArgs: ['--allow-file-access-from-files'] });
