// The frame shared by the bench's plain-Chromium printers (chromium-print.mjs,
// pagedjs-baseline.mjs): their command line, one browser, a page per HTML file,
// `concurrency` pages at a time. Each printer gives only how one page is printed.
//
//   node bench/<printer>.mjs --out-dir DIR [--concurrency 2] [--chrome-path PATH] a.html b.html …
//
// Writes DIR/<name>.pdf for each <name>.html.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import puppeteer from 'puppeteer-core';
import { chromeArgs } from './chrome.mjs';

// A book-length document takes longer than puppeteer's 30 s defaults; a page that
// never finishes (a script blocked, a crash) must still fail rather than hang.
export const DOCUMENT_TIMEOUT_MS = 5 * 60 * 1000;

/** Runs `printOne(page, htmlPath, pdfPath)` on every file, `concurrency` pages at a time. */
async function printAll(browser, htmlFiles, outDir, concurrency, printOne) {
  const queue = [...htmlFiles];
  const worker = async () => {
    for (let file = queue.shift(); file; file = queue.shift()) {
      const htmlPath = path.resolve(file);
      const pdfPath = path.join(outDir, `${path.basename(file, path.extname(file))}.pdf`);
      const page = await browser.newPage();
      try {
        page.on('pageerror', (error) => console.error(`${htmlPath}: ${error.message}`));
        await printOne(page, htmlPath, pdfPath);
      } finally {
        await page.close();
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}

/**
 * The whole printer process: reads the command line, launches Chromium with the
 * bench's shared flags (plus `extraArgs`), prints every file, exits 1 on any error.
 */
export function runHtmlPrinter(name, printOne, { extraArgs = [] } = {}) {
  const main = async () => {
    const { values, positionals } = parseArgs({
      allowPositionals: true,
      options: {
        'out-dir': { type: 'string' },
        concurrency: { type: 'string', default: '2' },
        'chrome-path': { type: 'string', default: process.env.CHROME_PATH || '/usr/bin/chromium' },
      },
    });
    if (!values['out-dir'] || positionals.length === 0) {
      throw new Error(`usage: ${name} --out-dir DIR [--concurrency N] [--chrome-path PATH] FILE.html…`);
    }
    await mkdir(values['out-dir'], { recursive: true });
    const browser = await puppeteer.launch({
      executablePath: values['chrome-path'],
      args: [...chromeArgs(), ...extraArgs],
      protocolTimeout: 10 * 60 * 1000,
    });
    try {
      await printAll(browser, positionals, values['out-dir'], Number(values.concurrency), printOne);
    } finally {
      await browser.close();
    }
  };
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
