#!/usr/bin/env node
// The floor: plain Chromium printing the same HTML our CLI prints, with none of
// our work (no Markdown stage, no layout scripts, no Paged.js, no finalize).
// One browser, a page per document, page.pdf() once the page has loaded.
//
//   node bench/chromium-print.mjs --out-dir DIR [--concurrency 2] [--chrome-path PATH] a.html b.html …
//
// Writes DIR/<name>.pdf for each <name>.html.
import { pathToFileURL } from 'node:url';
import { DOCUMENT_TIMEOUT_MS, runHtmlPrinter } from './lib/print-html.mjs';

/** Loads one HTML file (stylesheets and fonts included) and prints it with its own @page size. */
async function printPlain(page, htmlPath, pdfPath) {
  await page.goto(pathToFileURL(htmlPath).href, { waitUntil: 'load', timeout: DOCUMENT_TIMEOUT_MS });
  await page.pdf({
    path: pdfPath,
    preferCSSPageSize: true,
    printBackground: true,
    timeout: DOCUMENT_TIMEOUT_MS,
  });
}

// Same flag as the Paged.js baseline: web fonts from file: pages are cross-origin loads without it.
runHtmlPrinter('chromium-print.mjs', printPlain, { extraArgs: ['--allow-file-access-from-files'] });
