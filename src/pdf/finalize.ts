import { createHash } from 'node:crypto';
import { PDFDocument, PDFHexString, PDFName } from 'pdf-lib';
import type { PDFArray } from 'pdf-lib';
import type { DocumentMetadata } from '../markdown/metadata.js';

/** Identifies us in the PDF's Creator/Producer fields. */
export const PRODUCER = 'md-pdf-action (Chromium + Paged.js)';

export interface FinalizeOptions {
  /** Fixed creation/modification date (SOURCE_DATE_EPOCH); without it, now. */
  date?: Date;
}

export interface FinalizedPdf {
  bytes: Uint8Array;
  pages: number;
}

/**
 * Sets the document info (Title, Author, Subject, Keywords, dates) and a content-derived document ID,
 * so the same input with the same date gives the same bytes. Pure on bytes: no I/O.
 */
export async function finalizePdf(
  pdf: Uint8Array,
  metadata: DocumentMetadata,
  options: FinalizeOptions = {},
): Promise<FinalizedPdf> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const date = options.date ?? new Date();
  doc.setTitle(metadata.title, { showInWindowTitleBar: true });
  if (metadata.author) doc.setAuthor(metadata.author);
  if (metadata.subject) doc.setSubject(metadata.subject);
  if (metadata.keywords.length) doc.setKeywords(metadata.keywords);
  if (metadata.lang) doc.catalog.set(PDFName.of('Lang'), PDFHexString.fromText(metadata.lang));
  doc.setCreator(PRODUCER);
  doc.setProducer(PRODUCER);
  doc.setCreationDate(date);
  doc.setModificationDate(date);
  // The ID is a hash of the printed bytes and the date: stable for the same input, distinct otherwise.
  const id = createHash('sha256').update(pdf).update(date.toISOString()).digest('hex').slice(0, 32);
  const idEntry = PDFHexString.of(id);
  doc.context.trailerInfo.ID = doc.context.obj([idEntry, idEntry]) as PDFArray;
  const bytes = await doc.save({ useObjectStreams: false, updateFieldAppearances: false });
  return { bytes, pages: doc.getPageCount() };
}
