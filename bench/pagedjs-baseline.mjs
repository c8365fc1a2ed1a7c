#!/usr/bin/env node
// The "plain Chromium + Paged.js polyfill" baseline: the simplest way anyone would
// paginate an HTML file with Paged.js. One browser, a page per document, the
// polyfill injected as source text, page.pdf() once Paged.js reports it is done.
//
//   node bench/pagedjs-baseline.mjs --out-dir DIR [--concurrency 2] [--chrome-path PATH] a.html b.html …
//
// Writes DIR/<name>.pdf for each <name>.html.
/* global window -- the functions passed to evaluateOnNewDocument and waitForFunction run in the page */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import puppeteer from 'puppeteer-core';
import { chromeArgs } from './lib/chrome.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const POLYFILL = path.join(repoRoot, 'node_modules/pagedjs/dist/paged.polyfill.js');
// A 100-page document takes longer than puppeteer's 30 s defaults; a page that
// never signals (a script blocked, a crash) must still fail rather than hang.
const DOCUMENT_TIMEOUT_MS = 5 * 60 * 1000;

/** Loads one HTML file, lets Paged.js lay it out, and prints it to `pdfPath`. */
async function printWithPagedJs(browser, htmlPath, pdfPath) {
  const page = await browser.newPage();
  try {
    page.on('pageerror', (error) => console.error(`${htmlPath}: ${error.message}`));
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
  } finally {
    await page.close();
  }
}

/** Prints every file, `concurrency` pages at a time. */
async function printAll(browser, htmlFiles, outDir, concurrency) {
  const queue = [...htmlFiles];
  const worker = async () => {
    for (let file = queue.shift(); file; file = queue.shift()) {
      const pdfPath = path.join(outDir, `${path.basename(file, path.extname(file))}.pdf`);
      await printWithPagedJs(browser, path.resolve(file), pdfPath);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      'out-dir': { type: 'string' },
      concurrency: { type: 'string', default: '2' },
      'chrome-path': { type: 'string', default: process.env.CHROME_PATH || '/usr/bin/chromium' },
    },
  });
  if (!values['out-dir'] || positionals.length === 0) {
    throw new Error(
      'usage: pagedjs-baseline.mjs --out-dir DIR [--concurrency N] [--chrome-path PATH] FILE.html…',
    );
  }
  await mkdir(values['out-dir'], { recursive: true });
  const browser = await puppeteer.launch({
    executablePath: values['chrome-path'],
    // Paged.js fetches each stylesheet to read its page rules; from file: pages that needs this flag.
    args: [...chromeArgs(), '--allow-file-access-from-files'],
    protocolTimeout: 10 * 60 * 1000,
  });
  try {
    await printAll(browser, positionals, values['out-dir'], Number(values.concurrency));
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
