import fs from 'node:fs';
import vm from 'node:vm';
import v8 from 'node:v8';
import { afterAll, describe, expect, it } from 'vitest';
import { findBrowser } from '../../src/browser/find-chrome.js';
import { Printer } from '../../src/browser/printer.js';
import { documentLayout } from '../../src/engine/document-layout.js';
import { renderDocumentPage } from '../../src/document/render-document.js';
import { documentUrlFor } from '../../src/engine/convert.js';
import { markdownToHtml } from '../../src/markdown/processor.js';
import { tempDir, testOptions } from '../helpers/render.js';

// A full garbage collection on demand, without starting the test process with --expose-gc.
v8.setFlagsFromString('--expose-gc');
const collectGarbage = vm.runInNewContext('gc') as () => void;

const workspace = tempDir('printer-memory');
afterAll(() => fs.rmSync(workspace, { recursive: true, force: true }));

describe('the printer over many documents', () => {
  it('keeps no printed PDF alive once its caller lets go of it', async () => {
    const { executablePath } = await findBrowser(undefined);
    const printer = new Printer({ executablePath, workspace, allowRemoteAssets: false });
    const layout = documentLayout(testOptions(workspace, workspace));
    const printed: Array<WeakRef<Uint8Array>> = [];
    try {
      for (const name of ['a', 'b', 'c']) {
        const { html, metadata } = await markdownToHtml(`# ${name}\n\nA short document.\n`, name);
        const page = renderDocumentPage(html, metadata, layout, {});
        const { pdf } = await printer.print({
          documentUrl: documentUrlFor(`${name}.md`),
          documentHtml: page.html,
          swap: page.swap,
          timeoutMs: 60_000,
          onBlocked: () => undefined,
        });
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
});
