import type { Page } from 'puppeteer-core';
import type { DocumentSwap, LayoutReport, SwapRequest } from '../shared/page-contract.js';

// Node's calls into a loaded page, typed by the page contract (shared/page-contract.ts). The functions
// passed to page.evaluate run in the page: they use only their arguments and the page's globals.

/** Shows another document in the page (page-scripts/chromium-layout.js swap); its layout starts at once. */
export async function swapDocument(page: Page, swap: DocumentSwap, url: string): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the page has its shell already
  const { shell, ...parts } = swap;
  const request: SwapRequest = { ...parts, url };
  await page.evaluate((doc) => {
    const state = window.__mdPdf;
    if (!state?.swap) throw new Error('the page cannot take a document by swap');
    state.swap(doc);
  }, request);
}

/**
 * Waits in the page until it is laid out, then hands back what the page scripts found, and the errors
 * they threw (the document still prints, but its layout may be incomplete: the user should know). Our
 * scripts have run by DOMContentLoaded, so this normally awaits `finished` at once; a page whose scripts
 * did not load is waited for (and times out) like one whose layout never ends.
 */
export function awaitLayout(page: Page): Promise<LayoutReport> {
  return page.evaluate(async (): Promise<LayoutReport> => {
    let state = window.__mdPdf;
    while (!state) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      state = window.__mdPdf;
    }
    await state.finished;
    return {
      diagnostics: state.diagnostics.concat(
        state.errors.map((error) => ({
          message: `a page script failed (the layout may be incomplete): ${error}`,
        })),
      ),
      glyphCheckMs: state.glyphCheckMs,
    };
  });
}
