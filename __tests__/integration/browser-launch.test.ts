// What the printer's browser starts besides the documents' pages. Headless Chromium is the full browser:
// without the launch flags in browser/printer.ts it opens a first window with an about:blank tab, and every
// window preloads the address bar's WebUI popups. Each keeps a renderer (100-250 MB) that no document uses,
// a third of a two-slot run's memory (issue 14).
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Browser } from 'puppeteer-core';
import { findBrowser } from '../../src/browser/find-chrome.js';
import { launchBrowser } from '../../src/browser/printer.js';
import { tempDir } from '../helpers/render.js';

/** Every target the browser has, pages and its own WebUI alike (puppeteer lists only some of them). */
async function allTargets(browser: Browser): Promise<{ type: string; url: string }[]> {
  const session = await browser.target().createCDPSession();
  try {
    const { targetInfos } = await session.send('Target.getTargets');
    return targetInfos.map(({ type, url }) => ({ type, url }));
  } finally {
    await session.detach();
  }
}

describe('the printing browser', () => {
  const workspace = tempDir('browser-launch-');
  fs.writeFileSync(path.join(workspace, 'note.md'), '# Note\n');
  let browser: Browser | undefined;
  afterAll(async () => {
    await browser?.close();
  });

  it('opens no window of its own and preloads no WebUI, before or after a document page opens', async () => {
    const { executablePath } = await findBrowser(undefined);
    browser = await launchBrowser({ executablePath, workspace, allowRemoteAssets: false });
    expect(await allTargets(browser)).toEqual([]);

    // A slot prints in a context of its own, which opens a window: it brings no address-bar WebUI.
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.goto('data:text/html,<h1>Note</h1>');
    // The popups are preloaded a moment after a window opens; wait until the browser has no other work.
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 500))),
    );
    expect(await allTargets(browser)).toEqual([{ type: 'page', url: 'data:text/html,<h1>Note</h1>' }]);
  });
});
