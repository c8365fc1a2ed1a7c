import fs from 'node:fs';
import vm from 'node:vm';
import v8 from 'node:v8';
import { afterAll, describe, expect, it } from 'vitest';
import { findBrowser } from '../../src/browser/find-chrome.js';
import { Printer } from '../../src/browser/printer.js';
import { normalizeText, readPdf } from '../helpers/pdf.js';
import { printMarkdown } from '../helpers/print.js';
import { tempDir } from '../helpers/render.js';

// A full garbage collection on demand, without starting the test process with --expose-gc.
v8.setFlagsFromString('--expose-gc');
const collectGarbage = vm.runInNewContext('gc') as () => void;

const workspace = tempDir('printer-memory');
afterAll(() => fs.rmSync(workspace, { recursive: true, force: true }));

describe('the printer over many documents', () => {
  it('keeps no printed PDF alive once its caller lets go of it', async () => {
    const { executablePath } = await findBrowser(undefined);
    const printer = new Printer({ executablePath, workspace, allowRemoteAssets: false });
    const printed: Array<WeakRef<Uint8Array>> = [];
    try {
      for (const name of ['a', 'b', 'c']) {
        const { pdf } = await printMarkdown(printer, workspace, name, `# ${name}\n\nA short document.\n`);
        expect(new TextDecoder().decode(pdf.subarray(0, 5))).toBe('%PDF-');
        printed.push(new WeakRef(pdf));
      }
      // WeakRef targets stay alive until the current job ends: collect from a later task.
      await new Promise((resolve) => setTimeout(resolve, 10));
      collectGarbage();
      await new Promise((resolve) => setTimeout(resolve, 10));
      collectGarbage();
      // Before the fix, each print left a 'disconnected' listener on the browser that held its PDF. The
      // last PDF is left out: this suspended async function may still hold it in a stale register.
      expect(printed.slice(0, -1).map((ref) => ref.deref() === undefined)).toEqual([true, true]);
    } finally {
      await printer.close();
    }
  });

  it("renews a slot's browser context (and so its renderer) after its share of documents", async () => {
    const { executablePath } = await findBrowser(undefined);
    const printer = new Printer({
      executablePath,
      workspace,
      allowRemoteAssets: false,
      documentsPerContext: 2,
    });
    try {
      const browser = await printer.browserForTests();
      const contexts = [];
      for (const name of ['a', 'b', 'c', 'd', 'e']) {
        const { pdf, timings } = await printMarkdown(
          printer,
          workspace,
          name,
          `# Report ${name}\n\nBody of ${name}.\n`,
        );
        const { text } = await readPdf(pdf);
        expect(normalizeText(text)).toContain(`Report ${name} Body of ${name}.`);
        // The first document of a context loads the page; the next one takes its place by swap.
        expect(Object.keys(timings)).toContain(['a', 'c', 'e'].includes(name) ? 'load' : 'swap');
        const pages = browser.targets().filter((target) => target.type() === 'page');
        expect(pages).toHaveLength(1);
        contexts.push(pages[0]!.browserContext());
      }
      const [a, b, c, d, e] = contexts;
      expect(b).toBe(a);
      expect(c).not.toBe(b);
      expect(d).toBe(c);
      expect(e).not.toBe(d);
      // The old contexts are closed, not just left: Chromium never shares a renderer between contexts, so
      // their renderers are gone with them.
      expect(browser.browserContexts()).not.toContain(a);
      expect(browser.browserContexts()).not.toContain(c);
      expect(browser.browserContexts()).toContain(e);
    } finally {
      await printer.close();
    }
  });
});
