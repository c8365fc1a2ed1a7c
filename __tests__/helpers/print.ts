import type { Printer, PrintedPdf } from '../../src/browser/printer.js';
import { documentLayout } from '../../src/engine/document-layout.js';
import { renderDocumentPage } from '../../src/document/render-document.js';
import { documentUrlFor } from '../../src/engine/convert.js';
import { markdownToHtml } from '../../src/markdown/processor.js';
import { testOptions } from './render.js';

/** Prints `markdown` as `<name>.md` of `workspace` in the printer's `slot`, as the engine would. */
export async function printMarkdown(
  printer: Printer,
  workspace: string,
  name: string,
  markdown: string,
  slot = 0,
): Promise<PrintedPdf> {
  const { html, metadata } = await markdownToHtml(markdown, name);
  const page = renderDocumentPage(html, metadata, documentLayout(testOptions(workspace, workspace)), {});
  return printer.print(
    {
      documentUrl: documentUrlFor(`${name}.md`),
      documentHtml: page.html,
      swap: page.swap,
      timeoutMs: 60_000,
      onBlocked: () => undefined,
    },
    slot,
  );
}
