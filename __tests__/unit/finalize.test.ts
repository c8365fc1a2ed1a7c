import { createHash } from 'node:crypto';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';
import type { PDFRef } from 'pdf-lib';
import puppeteer from 'puppeteer-core';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findBrowser } from '../../src/browser/find-chrome.js';
import type { DocumentMetadata } from '../../src/markdown/metadata.js';
import { finalizePdf, PRODUCER } from '../../src/pdf/finalize.js';
import { readPdf } from '../helpers/pdf.js';

const METADATA: DocumentMetadata = {
  title: 'Quarterly report',
  author: 'A. Author',
  keywords: ['ops'],
  fields: [],
  options: {},
  titleFromHeading: true,
};

/** Text an element's /Alt has in the `spellings` PDF: it looks like ids and keywords, but is not. */
const ALT = 'a (node00000123) endobj stream <node00000124>';

/**
 * A tagged PDF the way Chromium writes one: structure elements named after DOM node ids, an ID tree
 * listing them in order, table cells pointing at their header cells by id, and Chromium's own dates.
 * With `spellings`, the elements' ids are written in hex, the headers' with an escape and in UTF-16;
 * with `inline`, the structure tree root and the ID tree are written inside the catalog; `order` says
 * which of the three ids (in ascending order) each element gets: the renderer does not number its nodes
 * in document order.
 */
async function chromiumLikePdf(
  firstNodeId: number,
  created: Date,
  { pages = 1, useObjectStreams = false, spellings = false, inline = false, order = [0, 1, 2] } = {},
): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  for (let n = 0; n < pages; n++) doc.addPage([200, 200]);
  doc.setProducer('Skia/PDF m156');
  doc.setCreationDate(created);
  doc.setModificationDate(created);
  const ids = order.map((n) => `node${String(firstNodeId + n).padStart(8, '0')}`);
  const context = doc.context;
  const root = context.obj({ Type: 'StructTreeRoot' });
  const rootRef = inline ? (context.trailerInfo.Root as PDFRef) : context.register(root);
  const headers = spellings
    ? [PDFString.of(ids[0]!.replace('0', '\\060')), PDFHexString.fromText(ids[1]!)]
    : [PDFString.of(ids[0]!), PDFString.of(ids[1]!)];
  const elements: PDFRef[] = ids.map((id, n) => {
    const element = context.obj({
      Type: 'StructElem',
      S: n < 2 ? 'TH' : 'TD',
      P: rootRef,
      ID: spellings ? PDFHexString.of(Buffer.from(id).toString('hex')) : PDFString.of(id),
      A: n === 2 ? [context.obj({ O: 'Table', Headers: headers })] : [],
    });
    if (spellings && n === 1) element.set(PDFName.of('Alt'), PDFString.of(ALT.replace(/[()]/g, '\\$&')));
    return context.register(element);
  });
  root.set(PDFName.of('K'), context.obj(elements));
  // The ID tree is sorted by id.
  const sorted = ids.map((id, n) => ({ id, ref: elements[n]! })).sort((a, b) => (a.id < b.id ? -1 : 1));
  const names = context.obj(sorted.flatMap(({ id, ref }) => [PDFString.of(id), ref]));
  const leaf = context.obj({
    Names: names,
    Limits: [PDFString.of(sorted[0]!.id), PDFString.of(sorted[2]!.id)],
  });
  if (inline) {
    root.set(PDFName.of('IDTree'), context.obj({ Kids: [leaf] }));
    doc.catalog.set(PDFName.of('StructTreeRoot'), root);
  } else {
    root.set(PDFName.of('IDTree'), context.register(context.obj({ Kids: [context.register(leaf)] })));
    doc.catalog.set(PDFName.of('StructTreeRoot'), rootRef);
  }
  return doc.save({ useObjectStreams });
}

/** What is wrong with a file's cross-reference table: objects it does not point at, older revisions. */
function xrefProblems(bytes: Uint8Array): string[] {
  const text = Buffer.from(bytes).toString('latin1');
  const problems = text.split('startxref').length === 2 ? [] : ['more than one revision'];
  const xrefAt = Number(/startxref\s+(\d+)/.exec(text.slice(text.lastIndexOf('startxref')))?.[1]);
  if (!text.startsWith('xref', xrefAt)) return [...problems, `no xref table at ${xrefAt}`];
  const table = text
    .slice(xrefAt + 4, text.indexOf('trailer', xrefAt))
    .trim()
    .split(/\s+/);
  for (let i = 0; i < table.length;) {
    const [first, count] = [Number(table[i]), Number(table[i + 1])];
    i += 2;
    for (let n = first; n < first + count; n++, i += 3) {
      const [offset, generation, type] = [Number(table[i]), Number(table[i + 1]), table[i + 2]];
      if (type === 'n' && !text.startsWith(`${n} ${generation} obj`, offset)) problems.push(`object ${n}`);
    }
  }
  return problems;
}

function structureIds(doc: PDFDocument): {
  ids: string[];
  headers: string[];
  names: string[];
  limits: string[];
} {
  const root = doc.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict);
  const kids = root.lookup(PDFName.of('K'), PDFArray);
  const text = (o: unknown) => (o as PDFString).decodeText();
  const elements = kids.asArray().map((_, i) => kids.lookup(i, PDFDict));
  const leaf = root
    .lookup(PDFName.of('IDTree'), PDFDict)
    .lookup(PDFName.of('Kids'), PDFArray)
    .lookup(0, PDFDict);
  const names = leaf
    .lookup(PDFName.of('Names'), PDFArray)
    .asArray()
    .filter((_, i) => i % 2 === 0);
  const headers = elements[2]!
    .lookup(PDFName.of('A'), PDFArray)
    .lookup(0, PDFDict)
    .lookup(PDFName.of('Headers'), PDFArray);
  return {
    ids: elements.map((e) => text(e.get(PDFName.of('ID')))),
    headers: headers.asArray().map(text),
    names: names.map(text),
    limits: leaf.lookup(PDFName.of('Limits'), PDFArray).asArray().map(text),
  };
}

describe('finalizePdf', () => {
  const date = new Date('2025-03-04T05:06:07Z');

  it('sets the document info and overwrites the browser dates with the given one', async () => {
    const { bytes, pages } = await finalizePdf(await chromiumLikePdf(100, new Date()), METADATA, { date });
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    expect(pages).toBe(1);
    expect(doc.getTitle()).toBe('Quarterly report');
    expect(doc.getAuthor()).toBe('A. Author');
    expect(doc.getProducer()).toBe(PRODUCER);
    expect(doc.getCreationDate()?.toISOString()).toBe(date.toISOString());
    expect(doc.getModificationDate()?.toISOString()).toBe(date.toISOString());
  });

  it('renames structure ids in document order, everywhere they are used, keeping the ID tree sorted', async () => {
    const { bytes } = await finalizePdf(await chromiumLikePdf(123, new Date()), METADATA, { date });
    expect(structureIds(await PDFDocument.load(bytes))).toEqual({
      ids: ['node1', 'node2', 'node3'],
      headers: ['node1', 'node2'],
      names: ['node1', 'node2', 'node3'],
      limits: ['node1', 'node3'],
    });
  });

  it('renames the ids of a structure tree written inside the catalog', async () => {
    const input = await chromiumLikePdf(123, new Date(), { inline: true });
    expect(Buffer.from(input).toString('latin1')).toMatch(/\/StructTreeRoot <</);
    const { bytes } = await finalizePdf(input, METADATA, { date });
    expect(structureIds(await PDFDocument.load(bytes))).toEqual({
      ids: ['node1', 'node2', 'node3'],
      headers: ['node1', 'node2'],
      names: ['node1', 'node2', 'node3'],
      limits: ['node1', 'node3'],
    });
  });

  it('renames ids however their strings are written, and leaves other strings as they were', async () => {
    const input = await chromiumLikePdf(123, new Date(), { spellings: true });
    const doc = await PDFDocument.load((await finalizePdf(input, METADATA, { date })).bytes);
    expect(structureIds(doc)).toEqual({
      ids: ['node1', 'node2', 'node3'],
      headers: ['node1', 'node2'],
      names: ['node1', 'node2', 'node3'],
      limits: ['node1', 'node3'],
    });
    const element = doc.catalog
      .lookup(PDFName.of('StructTreeRoot'), PDFDict)
      .lookup(PDFName.of('K'), PDFArray)
      .lookup(1, PDFDict);
    expect(element.lookup(PDFName.of('Alt'), PDFString).decodeText()).toBe(ALT);
  });

  it('gives the same bytes for the same document whatever the browser named its nodes or dated it', async () => {
    const a = await finalizePdf(await chromiumLikePdf(123, new Date('2020-01-01')), METADATA, { date });
    const b = await finalizePdf(await chromiumLikePdf(9110, new Date('2030-01-01')), METADATA, { date });
    expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true);
  });

  it('gives the same bytes when the renderer numbered the same elements in another order', async () => {
    const inOrder = await finalizePdf(await chromiumLikePdf(500, new Date()), METADATA, { date });
    const shuffled = await chromiumLikePdf(123, new Date(), { order: [2, 0, 1] });
    const names = [
      ...Buffer.from(shuffled)
        .toString('latin1')
        .matchAll(/\/ID \((node\d+)\)/g),
    ].map((m) => m[1]);
    expect(names).toEqual(['node00000125', 'node00000123', 'node00000124']);
    const again = await finalizePdf(shuffled, METADATA, { date });
    expect(structureIds(await PDFDocument.load(again.bytes))).toEqual({
      ids: ['node1', 'node2', 'node3'],
      headers: ['node1', 'node2'],
      names: ['node1', 'node2', 'node3'],
      limits: ['node1', 'node3'],
    });
    expect(Buffer.from(again.bytes).equals(Buffer.from(inOrder.bytes))).toBe(true);
  });

  it('stamps a document ID that is a hash of the finished file, and differs when the content does', async () => {
    const input = await chromiumLikePdf(1, new Date());
    const a = await finalizePdf(input, METADATA, { date });
    const doc = await PDFDocument.load(a.bytes, { updateMetadata: false });
    const id = doc.context.trailerInfo.ID as PDFArray;
    const [first, second] = id.asArray().map((entry) => (entry as PDFHexString).asString());
    expect(first).toMatch(/^[0-9a-f]{32}$/);
    expect(second).toBe(first);
    // The hash covers the file with a placeholder where the ID goes.
    const placeholder = Buffer.from(a.bytes).toString('latin1').replaceAll(first!, '0'.repeat(32));
    expect(createHash('sha256').update(Buffer.from(placeholder, 'latin1')).digest('hex').slice(0, 32)).toBe(
      first,
    );
    const other = await finalizePdf(input, { ...METADATA, title: 'Another title' }, { date });
    const otherId = (PDFDocument.load(other.bytes, { updateMetadata: false }) as Promise<PDFDocument>).then(
      (d) => ((d.context.trailerInfo.ID as PDFArray).get(0) as PDFHexString).asString(),
    );
    expect(await otherId).not.toBe(first);
  });

  it('counts the pages, and sets the language and the title display the catalog asks readers for', async () => {
    const input = await chromiumLikePdf(1, new Date(), { pages: 3 });
    const { bytes, pages } = await finalizePdf(input, { ...METADATA, lang: 'de-CH' }, { date });
    expect(pages).toBe(3);
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    expect((doc.catalog.lookup(PDFName.of('Lang')) as PDFHexString).decodeText()).toBe('de-CH');
    expect(doc.catalog.getViewerPreferences()?.getDisplayDocTitle()).toBe(true);
    expect(xrefProblems(bytes)).toEqual([]);
  });

  it('finalizes a PDF with an xref stream (not the way Chromium writes them) all the same', async () => {
    const input = await chromiumLikePdf(123, new Date(), { pages: 2, useObjectStreams: true });
    expect(Buffer.from(input).toString('latin1')).toContain('/XRef');
    const { bytes, pages } = await finalizePdf(input, METADATA, { date });
    expect(pages).toBe(2);
    expect(xrefProblems(bytes)).toEqual([]);
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    expect(doc.getTitle()).toBe('Quarterly report');
    expect(doc.getProducer()).toBe(PRODUCER);
    expect(doc.getCreationDate()?.toISOString()).toBe(date.toISOString());
    expect(structureIds(doc).ids).toEqual(['node1', 'node2', 'node3']);
  });
});

/** A tagged document with bookmarks, table headers (which Chromium refers to by id) and two pages. */
const HTML = `<!doctype html>
<html lang="en">
  <title>Chromium's title</title>
  <h1>Summary</h1>
  <table>
    <tr><th>Service</th><th>Status</th></tr>
    <tr><td>api</td><td>green</td></tr>
  </table>
  <h2 style="break-before: page">Details</h2>
  <p>More text.</p>
</html>`;

describe('finalizePdf on what Chromium prints', () => {
  const date = new Date('2025-03-04T05:06:07Z');
  let browser: Browser | undefined;
  const prints: Uint8Array[] = [];

  beforeAll(async () => {
    const { executablePath } = await findBrowser(undefined);
    browser = await puppeteer.launch({ executablePath, headless: true, args: ['--no-sandbox'] });
    const page = await browser.newPage();
    // The same document twice in one page: the second print's DOM nodes, so its structure ids, differ.
    for (let n = 0; n < 2; n++) {
      await page.setContent(HTML);
      const options = { tagged: true, outline: true, printBackground: true, preferCSSPageSize: true };
      prints.push(await page.pdf(options));
    }
  });

  afterAll(async () => {
    await browser?.close();
  });

  const idsOf = (pdf: Uint8Array) =>
    Buffer.from(pdf)
      .toString('latin1')
      .match(/\/ID \([^)]*\)/g);

  it('gives the same bytes for two prints whose structure elements Chromium named differently', async () => {
    expect(idsOf(prints[0]!)).toHaveLength(2);
    expect(idsOf(prints[1]!)).not.toEqual(idsOf(prints[0]!));
    const [a, b] = await Promise.all(prints.map((pdf) => finalizePdf(pdf, METADATA, { date })));
    expect(Buffer.from(a!.bytes).equals(Buffer.from(b!.bytes))).toBe(true);
    expect(idsOf(a!.bytes)).toEqual(['/ID (node1)', '/ID (node2)']);
  });

  it("is read by pdf.js with the new info, and none of the browser's is left in the file", async () => {
    const { bytes, pages } = await finalizePdf(prints[0]!, { ...METADATA, lang: 'en-GB' }, { date });
    const pdf = await readPdf(bytes);
    expect(pages).toBe(2);
    expect(pdf.pages).toHaveLength(2);
    expect(pdf.info).toMatchObject({
      Title: 'Quarterly report',
      Author: 'A. Author',
      Keywords: 'ops',
      Creator: PRODUCER,
      Producer: PRODUCER,
      CreationDate: 'D:20250304050607Z',
      ModDate: 'D:20250304050607Z',
      Language: 'en-GB',
    });
    expect(pdf.outline.map((entry) => [entry.title, entry.page])).toEqual([['Summary', 1]]);
    expect(pdf.outline[0]!.items.map((entry) => [entry.title, entry.page])).toEqual([['Details', 2]]);
    expect(pdf.text).toContain('green');
    // Chromium's Info (its producer, user agent, title and print time) is gone, not just superseded.
    const [text, print] = [bytes, prints[0]!].map((file) => Buffer.from(file).toString('latin1'));
    const printed = /\/CreationDate \(D:\d+/.exec(print!)![0];
    for (const browserInfo of ['Skia/PDF', 'HeadlessChrome', "Chromium's title", printed]) {
      expect(print).toContain(browserInfo);
      expect(text).not.toContain(browserInfo);
    }
  });

  it('copies the objects it does not change byte for byte, under an exact xref table', async () => {
    const { bytes } = await finalizePdf(prints[0]!, METADATA, { date });
    expect(xrefProblems(bytes)).toEqual([]);
    const output = Buffer.from(bytes).toString('latin1');
    // The print cut at its object headers (a cut inside a stream just gives two pieces that are kept).
    const print = Buffer.from(prints[0]!).toString('latin1');
    const pieces = print.slice(0, print.lastIndexOf('\nxref\n')).split(/(?=^\d+ \d+ obj$)/m);
    const changed = /\/Producer|\/Type \/Catalog|\/ID \(|\/Headers|\/Names/;
    const kept = pieces.filter((piece) => !changed.test(piece));
    expect(kept.length).toBeGreaterThan(pieces.length / 2);
    for (const piece of kept) expect(output).toContain(piece);
  });
});
