// Reads a real PDF back for assertions: text per page (with positions), document info, outline.
import fs from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfWord {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PdfPage {
  width: number;
  height: number;
  text: string;
  items: PdfWord[];
}

export interface OutlineEntry {
  title: string;
  /** Destination page number (1-based), when it resolves. */
  page?: number;
  items: OutlineEntry[];
}

export interface PdfContents {
  pages: PdfPage[];
  /** All text, pages joined with form feeds. */
  text: string;
  info: Record<string, unknown>;
  outline: OutlineEntry[];
  /** Link annotations: page number → destination (its name, when named, and page number) or URL. */
  links: Array<{ page: number; dest?: string; destPage?: number; url?: string; uri?: string }>;
  /** The names of the named destinations (pdf.js getDestinations). */
  destinations: string[];
}

type PdfDoc = Awaited<ReturnType<typeof getDocument>['promise']>;

async function pageOfDest(doc: PdfDoc, dest: unknown): Promise<number | undefined> {
  const explicit = typeof dest === 'string' ? await doc.getDestination(dest) : dest;
  if (!Array.isArray(explicit) || !explicit[0]) return undefined;
  return (await doc.getPageIndex(explicit[0])) + 1;
}

async function readOutline(
  doc: PdfDoc,
  items: Awaited<ReturnType<PdfDoc['getOutline']>>,
): Promise<OutlineEntry[]> {
  const entries: OutlineEntry[] = [];
  for (const item of items ?? []) {
    entries.push({
      title: item.title,
      page: await pageOfDest(doc, item.dest),
      items: await readOutline(doc, item.items),
    });
  }
  return entries;
}

/** Opens a PDF file (or bytes) with pdf.js and extracts what tests look at. */
export async function readPdf(file: string | Uint8Array): Promise<PdfContents> {
  const data = typeof file === 'string' ? new Uint8Array(fs.readFileSync(file)) : new Uint8Array(file);
  const doc = await getDocument({ data, verbosity: 0, useSystemFonts: false }).promise;
  try {
    const pages: PdfPage[] = [];
    const links: PdfContents['links'] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const items: PdfWord[] = [];
      let text = '';
      for (const item of content.items) {
        if (!('str' in item)) continue;
        text += item.str + (item.hasEOL ? '\n' : '');
        if (item.str.trim() === '') continue;
        const [, , , , x, y] = item.transform as number[];
        items.push({ text: item.str, x: x!, y: y!, width: item.width, height: item.height });
      }
      pages.push({ width: viewport.width, height: viewport.height, text, items });
      for (const annotation of await page.getAnnotations()) {
        if (annotation.subtype !== 'Link') continue;
        links.push({
          page: n,
          url: annotation.url ?? undefined,
          dest: typeof annotation.dest === 'string' ? annotation.dest : undefined,
          // The URI as written: pdf.js leaves `url` empty for a relative reference.
          uri: annotation.unsafeUrl ?? undefined,
          destPage: annotation.dest ? await pageOfDest(doc, annotation.dest) : undefined,
        });
      }
    }
    const meta = await doc.getMetadata();
    return {
      pages,
      text: pages.map((p) => p.text).join('\f'),
      info: (meta.info ?? {}) as Record<string, unknown>,
      outline: await readOutline(doc, await doc.getOutline()),
      links,
      destinations: Object.keys(await doc.getDestinations()),
    };
  } finally {
    await doc.cleanup();
  }
}

/** Collapses whitespace and joins words hyphenated across lines, so text can be compared with source. */
export function normalizeText(text: string): string {
  return text
    .replace(/\u00ad/g, '')
    .replace(/-\s*\n\s*/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Words drawn (partly) outside the page box: they would be cut off on paper. */
export function wordsOutsidePage(pdf: PdfContents): Array<{ page: number; text: string }> {
  const outside: Array<{ page: number; text: string }> = [];
  pdf.pages.forEach((page, index) => {
    for (const item of page.items) {
      if (
        item.x < -0.5 ||
        item.x + item.width > page.width + 0.5 ||
        item.y < -0.5 ||
        item.y > page.height + 0.5
      ) {
        outside.push({ page: index + 1, text: item.text });
      }
    }
  });
  return outside;
}
