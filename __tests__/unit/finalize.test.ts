import { createHash } from 'node:crypto';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFString } from 'pdf-lib';
import type { PDFRef, PDFHexString } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import type { DocumentMetadata } from '../../src/markdown/metadata.js';
import { finalizePdf, PRODUCER } from '../../src/pdf/finalize.js';

const METADATA: DocumentMetadata = {
  title: 'Quarterly report',
  author: 'A. Author',
  keywords: ['ops'],
  fields: [],
  options: {},
  titleFromHeading: true,
};

/**
 * A tagged PDF the way Chromium writes one: structure elements named after DOM node ids, an ID tree
 * listing them in order, table cells pointing at their header cells by id, and Chromium's own dates.
 */
async function chromiumLikePdf(firstNodeId: number, created: Date): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.addPage([200, 200]);
  doc.setProducer('Skia/PDF m156');
  doc.setCreationDate(created);
  doc.setModificationDate(created);
  const ids = [0, 1, 2].map((n) => `node${String(firstNodeId + n).padStart(8, '0')}`);
  const context = doc.context;
  const root = context.obj({ Type: 'StructTreeRoot' });
  const rootRef = context.register(root);
  const elements: PDFRef[] = ids.map((id, n) => {
    const attributes =
      n === 2 ? [context.obj({ O: 'Table', Headers: [PDFString.of(ids[0]!), PDFString.of(ids[1]!)] })] : [];
    return context.register(
      context.obj({
        Type: 'StructElem',
        S: n < 2 ? 'TH' : 'TD',
        P: rootRef,
        ID: PDFString.of(id),
        A: attributes,
      }),
    );
  });
  root.set(PDFName.of('K'), context.obj(elements));
  const names = context.obj(ids.flatMap((id, n) => [PDFString.of(id), elements[n]!]));
  const leaf = context.obj({ Names: names, Limits: [PDFString.of(ids[0]!), PDFString.of(ids[2]!)] });
  root.set(PDFName.of('IDTree'), context.register(context.obj({ Kids: [context.register(leaf)] })));
  doc.catalog.set(PDFName.of('StructTreeRoot'), rootRef);
  return doc.save({ useObjectStreams: false });
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

  it('renames structure ids by rank, everywhere they are used, keeping the ID tree sorted', async () => {
    const { bytes } = await finalizePdf(await chromiumLikePdf(123, new Date()), METADATA, { date });
    expect(structureIds(await PDFDocument.load(bytes))).toEqual({
      ids: ['node1', 'node2', 'node3'],
      headers: ['node1', 'node2'],
      names: ['node1', 'node2', 'node3'],
      limits: ['node1', 'node3'],
    });
  });

  it('gives the same bytes for the same document whatever the browser named its nodes or dated it', async () => {
    const a = await finalizePdf(await chromiumLikePdf(123, new Date('2020-01-01')), METADATA, { date });
    const b = await finalizePdf(await chromiumLikePdf(9110, new Date('2030-01-01')), METADATA, { date });
    expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true);
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
});
