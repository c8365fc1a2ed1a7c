import { documentLayout } from './document-layout.js';
import { WORKSPACE_ORIGIN } from '../shared/origins.js';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Printer } from '../browser/printer.js';
import { outcomeOfError } from './results.js';
import type { FileResult, ResultOutcome } from './results.js';
import { printRetryingCrash, writeFinalPdf } from './print-output.js';
import type { DocumentLayout } from '../document/layout-options.js';
import { renderBook } from '../document/render-book.js';
import type { BookChapter } from '../document/render-book.js';
import { countOf } from '../shared/format.js';
import type { DocumentMetadata, MetadataField } from '../markdown/metadata.js';
import type { ConvertOptions } from './options.js';
import { posixRelative } from '../shared/format.js';

/** `engineering-reports.pdf` → `Engineering reports`: the book's title when none is given. */
export function titleFromFileName(file: string): string {
  const words = path
    .basename(file)
    .replace(/\.pdf$/i, '')
    .replace(/[-_]+/g, ' ')
    .trim();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : 'Documents';
}

/**
 * The book's own metadata: its title, the author the documents share (when they all name the same one),
 * and the date of the run (SOURCE_DATE_EPOCH when set, so the cover is reproducible too).
 */
export function bookMetadata(chapters: readonly BookChapter[], title: string, date: Date): DocumentMetadata {
  const authors = [...new Set(chapters.map((c) => c.metadata.author).filter((a) => a !== undefined))];
  const author = authors.length === 1 ? authors[0] : undefined;
  const day = date.toISOString().slice(0, 10);
  const fields: MetadataField[] = [
    ...(author ? [{ key: 'author', label: 'Author', value: author }] : []),
    { key: 'date', label: 'Date', value: day },
    { key: 'documents', label: 'Documents', value: String(chapters.length) },
  ];
  const keywords = [...new Set(chapters.flatMap((c) => c.metadata.keywords))];
  return { title, author, date: day, keywords, fields, options: {}, titleFromHeading: false };
}

/** What the run tells the book: when it is stopping, and where its notes go. */
export interface BookHooks {
  signal?: AbortSignal;
  onInfo?(message: string): void;
  /** The book has been handed to the browser (see ConvertHooks.onPrintStart). */
  onPrintStart?(source: string): void;
}

/**
 * Writes the book: every converted document, in glob order, after a cover and a combined contents, as
 * one PDF with one top-level bookmark per document. It goes the documents' way (print-output.ts): the
 * crash retry, then finalize and the guarded write into the output folder. Never throws: a failure is a
 * 'failed' result, and no partial book is left on disk.
 * @param taken output paths of the documents themselves, which the book must not overwrite.
 */
export async function writeBook(
  chapters: readonly BookChapter[],
  options: ConvertOptions & { merge: string },
  printer: Printer,
  taken: readonly string[],
  layout: DocumentLayout = documentLayout(options),
  hooks: BookHooks = {},
): Promise<FileResult> {
  const started = performance.now();
  const file = options.merge;
  const source = `book of ${countOf(chapters.length, 'document')}`;
  const finish = (outcome: ResultOutcome): FileResult => ({
    source,
    seconds: (performance.now() - started) / 1000,
    warnings: [],
    ...outcome,
  });
  try {
    if (taken.includes(file)) {
      throw new Error(
        `the book ${path.basename(file)} would overwrite a document's PDF; choose another name`,
      );
    }
    if (chapters.length === 0) throw new Error('no document could be converted, so there is no book');
    const date = options.sourceDate ?? new Date();
    const metadata = bookMetadata(chapters, options.mergeTitle || titleFromFileName(file), date);
    const job = {
      documentUrl: `${WORKSPACE_ORIGIN}/.md-pdf-book/${encodeURIComponent(path.basename(file))}.html`,
      documentHtml: renderBook(chapters, metadata, layout),
      // The book lays out every document again: give it the time of all of them.
      timeoutMs: options.timeoutMs * chapters.length,
      // Each document's refused requests were already reported on the document.
      onBlocked: () => undefined,
    };
    const printed = await printRetryingCrash(printer, job, 0, {
      source,
      signal: hooks.signal,
      onStart: () => hooks.onPrintStart?.(source),
      onInfo: hooks.onInfo,
    });
    const finalized = await writeFinalPdf(
      printed.pdf,
      metadata,
      // Links to documents the book does not hold point to their PDFs, relative to the book.
      { date: options.sourceDate, pdfPath: posixRelative(options.outputDir, file) },
      file,
      options.outputDir,
    );
    return finish({ status: 'written', pdf: file, pages: finalized.pages, bytes: finalized.bytes.length });
  } catch (error) {
    // The run was cancelled while the book printed: no book, and not the documents' fault.
    return finish(outcomeOfError(error, hooks.signal));
  }
}
