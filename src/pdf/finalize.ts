import { createHash } from 'node:crypto';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef, PDFString } from 'pdf-lib';
import type { PDFObject } from 'pdf-lib';
import type { DocumentMetadata } from '../markdown/metadata.js';

/** Identifies us in the PDF's Creator/Producer fields. */
export const PRODUCER = 'md-pdf-action (Chromium + Paged.js)';

export interface FinalizeOptions {
  /** Fixed creation/modification date (SOURCE_DATE_EPOCH or the commit time); without it, now. */
  date?: Date;
}

export interface FinalizedPdf {
  bytes: Uint8Array;
  pages: number;
}

/** Stands in for the document ID until the bytes it is a hash of are known; same length as the ID. */
const ID_PLACEHOLDER = '0'.repeat(32);

/** Structure-tree keys that lead out of the tree (to pages, annotations, content streams). */
const OUTSIDE_STRUCTURE = new Set(['Pg', 'Obj', 'Stm', 'StmOwn', 'P', 'ParentTree']);

function textOf(object: PDFObject | undefined): string | undefined {
  return object instanceof PDFString || object instanceof PDFHexString ? object.decodeText() : undefined;
}

/** Every key of a name tree (its /Names leaves, through /Kids). */
function nameTreeKeys(node: PDFDict, keys: Set<string>, seen = new Set<PDFDict>()): Set<string> {
  if (seen.has(node)) return keys;
  seen.add(node);
  const names = node.lookupMaybe(PDFName.of('Names'), PDFArray);
  for (let i = 0; names && i < names.size(); i += 2) {
    const key = textOf(names.lookup(i));
    if (key !== undefined) keys.add(key);
  }
  const kids = node.lookupMaybe(PDFName.of('Kids'), PDFArray);
  for (let i = 0; kids && i < kids.size(); i++) {
    const kid = kids.lookup(i);
    if (kid instanceof PDFDict) nameTreeKeys(kid, keys, seen);
  }
  return keys;
}

/**
 * Chromium names the elements of a tagged PDF's structure tree after its DOM node ids (`node00000123`),
 * which depend on how many nodes the renderer made before: the same document gets other names on another
 * run. Renames them by rank (the n-th smallest becomes `node` + n), which keeps the ID tree sorted, and
 * rewrites every reference to them (element /ID, table /Headers, the ID tree's /Names and /Limits).
 */
function renumberStructureIds(doc: PDFDocument): void {
  const root = doc.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict);
  const idTree = root?.lookupMaybe(PDFName.of('IDTree'), PDFDict);
  if (!root || !idTree) return;
  const keys = [...nameTreeKeys(idTree, new Set())].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const width = String(keys.length).length;
  const renamed = new Map(keys.map((key, i) => [key, `node${String(i + 1).padStart(width, '0')}`]));

  const seen = new Set<PDFObject>();
  const rewrite = (object: PDFObject): PDFObject | undefined => {
    const text = textOf(object);
    if (text !== undefined) {
      const name = renamed.get(text);
      return name === undefined ? undefined : PDFString.of(name);
    }
    const value = object instanceof PDFRef ? doc.context.lookup(object) : object;
    if (!value || seen.has(value)) return undefined;
    seen.add(value);
    if (value instanceof PDFDict) {
      for (const [key, entry] of value.entries()) {
        if (OUTSIDE_STRUCTURE.has(key.decodeText())) continue;
        const replacement = rewrite(entry);
        if (replacement) value.set(key, replacement);
      }
    } else if (value instanceof PDFArray) {
      for (let i = 0; i < value.size(); i++) {
        const replacement = rewrite(value.get(i));
        if (replacement) value.set(i, replacement);
      }
    }
    return undefined;
  };
  rewrite(root);
}

/** Replaces the placeholder document ID, in the trailer, by a hash of the whole file. */
function stampDocumentId(bytes: Uint8Array): Uint8Array {
  const id = createHash('sha256').update(bytes).digest('hex').slice(0, ID_PLACEHOLDER.length);
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const trailer = text.lastIndexOf('/ID [');
  const placeholder = Buffer.from(`<${ID_PLACEHOLDER}>`, 'latin1');
  let at = text.indexOf(placeholder, trailer);
  if (trailer === -1 || at === -1) throw new Error('finalize: the document ID was not written');
  for (; at !== -1; at = text.indexOf(placeholder, at + placeholder.length)) {
    text.write(id, at + 1, 'latin1');
  }
  return bytes;
}

/**
 * Sets the document info (Title, Author, Subject, Keywords, dates) and a content-derived document ID,
 * so the same input with the same date gives the same bytes: Chromium's own dates are overwritten, the
 * structure tree's run-dependent names are renumbered, and the ID is a hash of the finished file.
 * Pure on bytes: no I/O.
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
  renumberStructureIds(doc);
  const placeholder = PDFHexString.of(ID_PLACEHOLDER);
  doc.context.trailerInfo.ID = doc.context.obj([placeholder, placeholder]);
  const bytes = await doc.save({ useObjectStreams: false, updateFieldAppearances: false });
  return { bytes: stampDocumentId(bytes), pages: doc.getPageCount() };
}
