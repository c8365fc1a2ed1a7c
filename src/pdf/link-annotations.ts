import { RUNTIME_ORIGIN, WORKSPACE_ORIGIN } from '../shared/origins.js';
import { PDFDict, PDFName, PDFRef, PDFString } from 'pdf-lib';
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

/** `%C3%A7a` → the bytes it encodes, one character each (`Ã§a`), as a PDF name holds them. */
function percentDecodedBytes(text: string): string {
  return text.replace(/%([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * Chromium names a destination after its fragment as written in a URL, percent-encoded
 * (`%C3%A7a-marche` for the heading `## Ça marche`). A viewer that decodes the fragment of
 * `runbook.pdf#%C3%A7a-marche` before it looks the name up (pdf.js, so Firefox) would then find nothing.
 * Adds each such destination a second time under its decoded name (its UTF-8 bytes), so both lookups land.
 */
export function aliasEncodedDestinations(file: PdfFile, catalog: PDFDict, rewritten: Set<PDFRef>): void {
  const value = catalog.get(PDFName.of('Dests'));
  const dests = file.lookup(value);
  if (!(dests instanceof PDFDict)) return;
  let added = false;
  for (const [key, destination] of dests.entries()) {
    const name = key.decodeText();
    if (!/%[0-9A-Fa-f]{2}/.test(name)) continue;
    const alias = PDFName.of(percentDecodedBytes(name));
    if (dests.has(alias)) continue;
    dests.set(alias, destination);
    added = true;
  }
  if (added && value instanceof PDFRef) rewritten.add(value);
}
