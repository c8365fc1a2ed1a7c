// The fonts for the world's scripts load on demand (issue 10): a page asks only for the unicode-range
// slices its text uses, so a Latin-only report fetches no script font at all, not one byte. Each page is
// loaded in a real Chromium through the request guard, as the printer loads it, and every request is
// recorded.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../src/browser/printer.js';
import { createRequestHandler } from '../../src/browser/request-guard.js';
import { documentUrlFor } from '../../src/engine/convert.js';
import { RUNTIME_ORIGIN } from '../../src/shared/origins.js';
import { renderFolder, tempDir } from '../helpers/render.js';

const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** The fonts shipped for scripts other than Latin, Greek, Cyrillic and Vietnamese, and their stylesheet. */
const SCRIPT_FONT =
  /\/fonts\/noto-sans-(sc|tc|jp|kr|devanagari|bengali|tamil|thai|arabic|hebrew|telugu|kannada|malayalam|gujarati|gurmukhi|oriya|sinhala)\/|fonts-cjk\.css/;

const DOCUMENTS = {
  'latin.md':
    '# Weekly Report\n\n__author__: Ann\n\n## Summary\n\nPlain “quoted” text — with a dash, **bold** and `code`.\n',
  'mixed.md': '# Notices\n\n## 日本語\n\n接続プールが枯渇しました。\n\n## العربية\n\nأعدنا تشغيل الخدمة.\n',
} as const;

describe('script fonts on demand (real Chromium, request guard)', () => {
  const workspace = tempDir('font-requests');
  let browser: Browser;

  beforeAll(async () => {
    for (const [name, text] of Object.entries(DOCUMENTS)) fs.writeFileSync(path.join(workspace, name), text);
    const { results } = await renderFolder(workspace, ['*.md'], path.join(workspace, 'pdf'), {
      keepHtml: true,
    });
    expect(results.map((r) => r.status)).toEqual(['written', 'written']);
    browser = await launchBrowser({ executablePath: CHROME, workspace, allowRemoteAssets: false });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
  });

  /** Every runtime file the printed page of `source` requests. */
  async function runtimeRequests(source: string): Promise<string[]> {
    const documentUrl = documentUrlFor(source);
    const documentHtml = fs.readFileSync(
      path.join(workspace, 'pdf', source.replace(/\.md$/, '.html')),
      'utf8',
    );
    const handle = createRequestHandler({
      workspace: fs.realpathSync(workspace),
      documentUrl,
      documentHtml,
      allowRemoteAssets: false,
      onBlocked: () => undefined,
    });
    const requested: string[] = [];
    const context = await browser.createBrowserContext();
    try {
      const page = await context.newPage();
      await page.emulateMediaType('print');
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        requested.push(request.url());
        void handle(request);
      });
      await page.goto(documentUrl, { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
    } finally {
      await context.close();
    }
    return requested.filter((url) => url.startsWith(RUNTIME_ORIGIN));
  }

  it('loads no script font for a Latin-only report', async () => {
    const requested = await runtimeRequests('latin.md');
    // The page did load its theme's fonts, so requests are seen.
    expect(requested.some((url) => /\/fonts\/source-serif-4\//.test(url))).toBe(true);
    expect(requested.filter((url) => SCRIPT_FONT.test(url))).toEqual([]);
  }, 60_000);

  it('loads only the slices of the scripts a page uses', async () => {
    const fonts = (await runtimeRequests('mixed.md')).filter((url) => SCRIPT_FONT.test(url));
    expect(fonts.some((url) => url.includes('/noto-sans-jp/'))).toBe(true);
    expect(fonts.some((url) => url.includes('/noto-sans-arabic/'))).toBe(true);
    // Not the scripts it does not use, and of Japanese only a few of its ~120 slices per weight. (The
    // other CJK faces stand behind it in the font list and share slices of punctuation and Latin with it,
    // so Chromium may fetch one or two of theirs.)
    expect(fonts.filter((url) => /noto-sans-(thai|hebrew|devanagari|bengali|tamil)\//.test(url))).toEqual([]);
    expect(fonts.filter((url) => url.includes('/noto-sans-jp/files/')).length).toBeLessThan(20);
  }, 60_000);
});
