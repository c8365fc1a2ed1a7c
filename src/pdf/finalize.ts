import { createHash } from 'node:crypto';
import {
  PDFArray,
  PDFBool,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFRef,
  PDFString,
} from 'pdf-lib';
import type { PDFObject } from 'pdf-lib';
import type { DocumentMetadata } from '../markdown/metadata.js';
import { aliasEncodedDestinations, rewriteVirtualLinks } from './link-annotations.js';
import { PdfFile } from './pdf-bytes.js';
import type { Edit } from './pdf-bytes.js';

/** Identifies us in the PDF's Creator/Producer fields. */
export const PRODUCER = 'md-pdf-action (Chromium)';

export interface FinalizeOptions {
  /** Fixed creation/modification date (SOURCE_DATE_EPOCH or the commit time); without it, now. */
  date?: Date;
  /**
   * The PDF's path in the output folder (forward slashes): links to other documents' PDFs are made
   * relative to it (see link-annotations.ts).
   */
  pdfPath?: string;
  /** The last commit that changed the source (full hash), recorded as the info entry `SourceCommit`. */
  sourceCommit?: string;
}

export interface FinalizedPdf {
  bytes: Uint8Array;
  pages: number;
}

/** Stands in for the document ID until the bytes it is a hash of are known; same length as the ID. */
const ID_PLACEHOLDER = '0'.repeat(32);

/** Structure-tree keys that lead out of the tree (to pages, annotations, content streams). */
const OUTSIDE_STRUCTURE = new Set(['Pg', 'Obj', 'Stm', 'StmOwn', 'P', 'ParentTree'].map(PDFName.of));

function textOf(object: PDFObject | undefined): string | undefined {
  return object instanceof PDFString || object instanceof PDFHexString ? object.decodeText() : undefined;
}

interface NameTree {
  /** Its entries in tree order: a key and the value it names. */
  entries: Array<{ key: string; value: PDFObject }>;
  /** The object each node is written in (itself, or the object it is written inside). */
  holders: Map<PDFDict, PDFRef>;
}

/** Every entry of a name tree (its /Names leaves, through /Kids). */
function readNameTree(file: PdfFile, node: PDFObject | undefined, holder: PDFRef, tree: NameTree): void {
  const dict = file.lookup(node);
  if (!(dict instanceof PDFDict) || tree.holders.has(dict)) return;
  tree.holders.set(dict, node instanceof PDFRef ? node : holder);
  const names = file.lookup(dict.get(PDFName.of('Names')));
  for (let i = 0; names instanceof PDFArray && i + 1 < names.size(); i += 2) {
    const key = textOf(file.lookup(names.get(i)));
    if (key !== undefined) tree.entries.push({ key, value: names.get(i + 1) });
  }
  const kids = file.lookup(dict.get(PDFName.of('Kids')));
  for (let i = 0; kids instanceof PDFArray && i < kids.size(); i++) {
    readNameTree(file, kids.get(i), node instanceof PDFRef ? node : holder, tree);
  }
}

/**
 * Writes `entries` (sorted by key) back into the tree's leaves, as many in each leaf as it held, and sets
 * every /Limits below the root to the keys the node now spans; `touched` hears of each node it changes.
 * Returns the first and last key under `node`.
 */
function refillNameTree(
  file: PdfFile,
  node: PDFObject | undefined,
  entries: Array<{ key: string; value: PDFObject }>,
  touched: (dict: PDFDict) => void,
  next = { index: 0 },
  seen = new Set<PDFDict>(),
): [string, string] | undefined {
  const dict = file.lookup(node);
  if (!(dict instanceof PDFDict) || seen.has(dict)) return undefined;
  seen.add(dict);
  let span: [string, string] | undefined;
  const widen = (first: string, last: string) => (span = [span?.[0] ?? first, last]);
  const names = file.lookup(dict.get(PDFName.of('Names')));
  if (names instanceof PDFArray) {
    const count = Math.floor(names.size() / 2);
    const mine = entries.slice(next.index, next.index + count);
    next.index += count;
    dict.set(
      PDFName.of('Names'),
      file.context.obj(mine.flatMap(({ key, value }) => [PDFString.of(key), value])),
    );
    touched(dict);
    if (mine.length) widen(mine[0]!.key, mine.at(-1)!.key);
  }
  const kids = file.lookup(dict.get(PDFName.of('Kids')));
  for (let i = 0; kids instanceof PDFArray && i < kids.size(); i++) {
    const kid = refillNameTree(file, kids.get(i), entries, touched, next, seen);
    if (kid) widen(kid[0], kid[1]);
  }
  if (span && dict.has(PDFName.of('Limits'))) {
    dict.set(PDFName.of('Limits'), file.context.obj([PDFString.of(span[0]), PDFString.of(span[1])]));
    touched(dict);
  } else if (!span && dict.has(PDFName.of('Limits'))) {
    // Left empty (the tree named something twice): no limits, rather than the old names.
    dict.delete(PDFName.of('Limits'));
    touched(dict);
  }
  return span;
}

/** Replaces the strings `renamed` maps in `object` and the dictionaries and arrays written inside it. */
function renameStrings(object: PDFObject, renamed: Map<string, string>): void {
  const visit = (value: PDFObject, replace: (by: PDFObject) => void) => {
    const text = textOf(value);
    const name = text === undefined ? undefined : renamed.get(text);
    if (name !== undefined) replace(PDFString.of(name));
    else renameStrings(value, renamed);
  };
  if (object instanceof PDFDict) {
    for (const [key, entry] of object.entries()) {
      if (!OUTSIDE_STRUCTURE.has(key)) visit(entry, (by) => object.set(key, by));
    }
  } else if (object instanceof PDFArray) {
    for (let i = 0; i < object.size(); i++) visit(object.get(i), (by) => object.set(i, by));
  }
}

/**
 * Chromium names the elements of a tagged PDF's structure tree after its DOM node ids (`node00000123`),
 * which depend on the renderer's history: the same document gets other names, in another order, on
 * another run. Renames them in the order of the elements they name (their object numbers, which follow
 * the document), and rewrites every reference to them: element /ID, table /Headers, and the ID tree,
 * whose entries are re-sorted under the new names.
 * Parsing every element would cost about as much as parsing the whole file, so it reads the ID tree for
 * the names, then replaces them where they are written: the tree's nodes are written whole, the other
 * objects whose bytes name /ID or /Headers get in-place edits (or, for those in `rewritten`, which are
 * written whole anyway, their parsed form is changed). Returns the edits to the file.
 */
function renumberStructureIds(file: PdfFile, catalogRef: PDFRef, rewritten: Set<PDFRef>): Edit[] {
  const rootValue = (file.lookup(catalogRef) as PDFDict).get(PDFName.of('StructTreeRoot'));
  const root = file.lookup(rootValue);
  if (!(root instanceof PDFDict) || !root.has(PDFName.of('IDTree'))) return [];
  const holder = rootValue instanceof PDFRef ? rootValue : catalogRef;
  const tree: NameTree = { entries: [], holders: new Map() };
  readNameTree(file, root.get(PDFName.of('IDTree')), holder, tree);
  // In the order of the objects named; an entry whose value is not a reference sorts by its old key last.
  const order = (value: PDFObject) => (value instanceof PDFRef ? value.objectNumber : Infinity);
  const entries = [...new Map(tree.entries.map((entry) => [entry.key, entry])).values()].sort(
    (a, b) => order(a.value) - order(b.value) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
  const width = String(entries.length).length;
  const renamed = new Map(entries.map(({ key }, i) => [key, `node${String(i + 1).padStart(width, '0')}`]));
  const rebuilt = new Set<PDFRef>();
  refillNameTree(
    file,
    root.get(PDFName.of('IDTree')),
    entries.map(({ key, value }) => ({ key: renamed.get(key)!, value })),
    (dict) => rebuilt.add(tree.holders.get(dict)!),
  );
  for (const ref of rebuilt) rewritten.add(ref);
  const edits: Edit[] = [];
  for (const ref of new Set([...file.objectsWithName('ID'), ...file.objectsWithName('Headers')])) {
    if (rebuilt.has(ref)) continue; // its tree nodes were rebuilt, already under the new names
    if (rewritten.has(ref)) {
      renameStrings(file.lookup(ref)!, renamed);
      continue;
    }
    for (const { start, end, value } of file.stringsIn(ref)) {
      const name = renamed.get(value.decodeText());
      if (name !== undefined) edits.push({ start, end, text: PDFString.of(name).toString() });
    }
  }
  return edits;
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
 * A PDF that PdfFile does not read (Chromium's never are: Skia writes one revision with an xref table)
 * rewritten by pdf-lib so that it does, with an Info dictionary to fill in.
 */
async function classicPdf(pdf: Uint8Array): Promise<PdfFile> {
  const doc = await PDFDocument.load(pdf);
  const file = PdfFile.read(await doc.save({ useObjectStreams: false, updateFieldAppearances: false }));
  if (!file) throw new Error('finalize: pdf-lib wrote a PDF it cannot read back');
  return file;
}

/**
 * Sets the document info (Title, Author, Subject, Keywords, dates) and a content-derived document ID,
 * so the same input with the same date gives the same bytes: Chromium's own dates are overwritten, the
 * structure tree's run-dependent names are renumbered, and the ID is a hash of the finished file.
 * Rewrites only the objects it changes (see PdfFile): the rest of Chromium's bytes are copied.
 * Pure on bytes: no I/O.
 */
export async function finalizePdf(
  pdf: Uint8Array,
  metadata: DocumentMetadata,
  options: FinalizeOptions = {},
): Promise<FinalizedPdf> {
  let file = PdfFile.read(pdf);
  if (!file || !(file.trailer.get(PDFName.of('Info')) instanceof PDFRef)) file = await classicPdf(pdf);
  const infoRef = file.trailer.get(PDFName.of('Info')) as PDFRef;
  const catalogRef = file.trailer.get(PDFName.of('Root')) as PDFRef;
  const info = file.lookup(infoRef);
  const catalog = file.lookup(catalogRef);
  const pages = catalog instanceof PDFDict ? file.lookup(catalog.get(PDFName.of('Pages'))) : undefined;
  const count = pages instanceof PDFDict ? file.lookup(pages.get(PDFName.of('Count'))) : undefined;
  if (!(info instanceof PDFDict) || !(catalog instanceof PDFDict) || !(count instanceof PDFNumber)) {
    throw new Error('finalize: the PDF has no document info, catalog or page count');
  }
  /** The objects written whole, from what pdf-lib parsed. */
  const rewritten = new Set([infoRef, catalogRef]);

  // What pdf-lib's setTitle, setAuthor, … write.
  const date = options.date ?? new Date();
  const text = (value: string) => PDFHexString.fromText(value);
  info.set(PDFName.of('Title'), text(metadata.title));
  if (metadata.author) info.set(PDFName.of('Author'), text(metadata.author));
  if (metadata.subject) info.set(PDFName.of('Subject'), text(metadata.subject));
  if (metadata.keywords.length) info.set(PDFName.of('Keywords'), text(metadata.keywords.join(' ')));
  info.set(PDFName.of('Creator'), text(PRODUCER));
  info.set(PDFName.of('Producer'), text(PRODUCER));
  info.set(PDFName.of('CreationDate'), PDFString.fromDate(date));
  info.set(PDFName.of('ModDate'), PDFString.fromDate(date));
  // Where the document came from, beside the date taken from the same commit.
  if (options.sourceCommit) info.set(PDFName.of('SourceCommit'), text(options.sourceCommit));

  // Readers show the title rather than the file name (setTitle's showInWindowTitleBar).
  const preferencesValue = catalog.get(PDFName.of('ViewerPreferences'));
  const preferences = file.lookup(preferencesValue);
  if (preferences instanceof PDFDict) {
    preferences.set(PDFName.of('DisplayDocTitle'), PDFBool.True);
    if (preferencesValue instanceof PDFRef) rewritten.add(preferencesValue);
  } else {
    catalog.set(PDFName.of('ViewerPreferences'), file.context.obj({ DisplayDocTitle: true }));
  }
  if (metadata.lang) catalog.set(PDFName.of('Lang'), text(metadata.lang));

  aliasEncodedDestinations(file, catalog, rewritten);
  const edits = [
    ...renumberStructureIds(file, catalogRef, rewritten),
    ...rewriteVirtualLinks(file, options.pdfPath, rewritten),
  ];
  const placeholder = PDFHexString.of(ID_PLACEHOLDER);
  file.trailer.set(PDFName.of('ID'), file.context.obj([placeholder, placeholder]));
  return { bytes: stampDocumentId(file.save(rewritten, edits)), pages: count.asNumber() };
}
