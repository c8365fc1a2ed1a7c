import { PDFDict, PDFName, PDFString } from 'pdf-lib';
import type { PDFRef } from 'pdf-lib';
import { RUNTIME_ORIGIN, WORKSPACE_ORIGIN } from '../document.js';
import { relativeReference } from '../markdown/plugins/rehype-document-links.js';
import type { PdfFile, Edit } from './pdf-bytes.js';

const VIRTUAL_ORIGINS = [WORKSPACE_ORIGIN, RUNTIME_ORIGIN];

/** A URI as a PDF literal string: parentheses and backslashes escaped. */
function literal(uri: string): string {
  return PDFString.of(uri.replace(/[()\\]/g, (c) => `\\${c}`)).toString();
}

/**
 * Chromium writes every link as an absolute URI, so a link to another document's PDF comes out on the
 * virtual origin the page was served from (`https://workspace.md-pdf.invalid/handbook/runbook.pdf#x`),
 * dead in every viewer. Rewrites each such URI into a reference relative to this PDF
 * (`../handbook/runbook.pdf#x`, kept beside it since the output folder mirrors the workspace). Any other
 * link into a virtual origin (none is expected: rehype-document-links.ts resolves every link to a file)
 * loses its action rather than stay dead. Like the rest of finalize, it edits the URI strings in place
 * and rewrites only the annotations whose action it removes.
 * @param pdfPath this PDF's path in the output folder (forward slashes); without it no link is kept.
 */
export function rewriteVirtualLinks(
  file: PdfFile,
  pdfPath: string | undefined,
  rewritten: Set<PDFRef>,
): Edit[] {
  const edits: Edit[] = [];
  for (const ref of file.objectsWithName('URI')) {
    for (const { start, end, value } of file.stringsIn(ref)) {
      const uri = value.decodeText();
      if (!VIRTUAL_ORIGINS.some((origin) => uri.startsWith(`${origin}/`))) continue;
      const url = new URL(uri);
      const target = url.pathname.slice(1);
      if (pdfPath && url.origin === WORKSPACE_ORIGIN && target.toLowerCase().endsWith('.pdf')) {
        const self = pdfPath.split('/').map(encodeURIComponent).join('/');
        edits.push({ start, end, text: literal(relativeReference(self, target) + url.hash) });
        continue;
      }
      const annotation = file.lookup(ref);
      if (annotation instanceof PDFDict && annotation.has(PDFName.of('A'))) {
        annotation.delete(PDFName.of('A'));
        rewritten.add(ref);
      }
      break;
    }
  }
  return edits;
}
