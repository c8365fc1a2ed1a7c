// Issue 10's "done when", on the shipped example itself (examples/multilingual/): the multilingual
// incident report prints every script with real glyphs in all three themes, and its links to the
// follow-up and the Arabic notice work in a PDF viewer, alone (relative file links and named
// destinations) and in the book.
import fs from 'node:fs';
import path from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ThemeName } from '../../src/document/page-settings.js';
import type { FileResult } from '../../src/engine/results.js';
import { fontTable, glyphCounts } from '../helpers/glyphs.js';
import { normalizeText, readPdf } from '../helpers/pdf.js';
import type { PdfContents } from '../helpers/pdf.js';
import { REPO_ROOT, renderFolder, tempDir } from '../helpers/render.js';

const EXAMPLE = path.join(REPO_ROOT, 'examples/multilingual');
const THEMES: ThemeName[] = ['report', 'github', 'minimal'];

/** The face each script of the report is drawn with (Latin comes from the themes' own faces). */
const SCRIPT_FACES = {
  'Simplified Chinese': 'NotoSansSC',
  'Traditional Chinese': 'NotoSansTC',
  Japanese: 'NotoSansJP',
  Korean: 'NotoSansKR',
  Devanagari: 'NotoSansDevanagari',
  Bengali: 'NotoSansBengali',
  Tamil: 'NotoSansTamil',
  Thai: 'NotoSansThai',
  Arabic: 'NotoSansArabic',
  Hebrew: 'NotoSansHebrew',
} as const;

function copyExample(): string {
  const dir = tempDir('multilingual-example');
  fs.cpSync(EXAMPLE, dir, { recursive: true });
  return dir;
}

function written(results: readonly FileResult[], source: string): FileResult {
  const result = results.find((r) => r.source === source);
  expect(result?.error?.message).toBeUndefined();
  expect(result?.status).toBe('written');
  return result!;
}

/** The 1-based page whose text contains `marker`. */
function pageOf(pdf: PdfContents, marker: string): number {
  return pdf.pages.findIndex((p) => normalizeText(p.text).includes(marker)) + 1;
}

/** The page a named destination opens, as pdf.js's viewer resolves `file.pdf#name`. */
async function destinationPage(file: string, name: string): Promise<number | undefined> {
  const doc = await getDocument({ data: new Uint8Array(fs.readFileSync(file)), verbosity: 0 }).promise;
  try {
    const dest = await doc.getDestination(name);
    return Array.isArray(dest) && dest[0] ? (await doc.getPageIndex(dest[0])) + 1 : undefined;
  } finally {
    await doc.destroy();
  }
}

describe('the multilingual example report (real Chromium)', () => {
  const byTheme = new Map<ThemeName, FileResult[]>();

  beforeAll(async () => {
    for (const theme of THEMES) {
      const dir = copyExample();
      byTheme.set(theme, (await renderFolder(dir, ['*.md'], path.join(dir, 'pdf'), { theme })).results);
    }
  }, 600_000);

  it.each(THEMES)(
    'prints every script with real glyphs, from static fonts, in the %s theme',
    async (theme) => {
      const report = written(byTheme.get(theme)!, 'incident-report.md');
      expect(report.warnings).toEqual([]);
      const { drawn, notdef } = await glyphCounts(report.pdf!);
      expect(drawn).toBeGreaterThan(1000);
      expect(notdef).toBe(0);
      const fonts = fontTable(report.pdf!);
      for (const [script, face] of Object.entries(SCRIPT_FACES))
        expect(
          fonts.some((f) => f.name.startsWith(face)),
          script,
        ).toBe(true);
      // Variable fonts would be written as Type 3 (outlines without a font program or text mapping).
      expect(fonts.filter((f) => f.type === 'Type 3')).toEqual([]);
      expect(fonts.every((f) => f.type !== '')).toBe(true);
    },
  );

  it.each(THEMES)(
    'lays the Arabic notice out right to left with real glyphs, linking to a heading in Arabic, in the %s theme',
    async (theme) => {
      const results = byTheme.get(theme)!;
      const notice = written(results, 'notice-ar.md');
      expect(notice.warnings).toEqual([]);
      expect((await glyphCounts(notice.pdf!)).notdef).toBe(0);
      const arabicHeading = encodeURIComponent('العربية');
      expect((await readPdf(notice.pdf!)).links.map((l) => l.uri)).toEqual([
        `./incident-report.pdf#${arabicHeading}`,
        './follow-up.pdf#timeline',
      ]);
      // The report names that heading as the link writes it, as pdf.js's viewer looks it up.
      const report = written(results, 'incident-report.md');
      expect(await destinationPage(report.pdf!, arabicHeading)).toBeGreaterThan(0);
    },
  );

  it.each(THEMES)('links to the follow-up by its PDF, at the heading, in the %s theme', async (theme) => {
    const results = byTheme.get(theme)!;
    const report = written(results, 'incident-report.md');
    const followUp = written(results, 'follow-up.md');
    expect((await readPdf(report.pdf!)).links.map((l) => l.uri)).toEqual([
      './follow-up.pdf#timeline',
      './notice-ar.pdf',
    ]);
    const followUpPdf = await readPdf(followUp.pdf!);
    // Two links (a link that wraps onto a second line gets one annotation per line).
    const backLinks = followUpPdf.links.map((l) => l.uri);
    expect(new Set(backLinks)).toEqual(new Set(['./incident-report.pdf']));
    expect(backLinks.length).toBeGreaterThanOrEqual(2);
    // The relative reference resolves to the file written beside it, and `#timeline` opens its heading.
    expect(path.resolve(path.dirname(report.pdf!), './follow-up.pdf')).toBe(followUp.pdf);
    const timelinePage = pageOf(followUpPdf, '2025-11-26 09:12 Deploy of the notice renderer');
    expect(timelinePage).toBeGreaterThan(0);
    expect(await destinationPage(followUp.pdf!, 'timeline')).toBe(timelinePage);
    // The follow-up's <details> prints open.
    expect(normalizeText(followUpPdf.text)).toContain(
      'Why the notices went out late The status page templates for Japanese and Korean',
    );
  });
});

describe('the multilingual example as a book (real Chromium, Paged.js)', () => {
  let book: PdfContents;
  let bookFile: string;

  beforeAll(async () => {
    const dir = copyExample();
    bookFile = path.join(dir, 'pdf/book.pdf');
    const { results } = await renderFolder(dir, ['*.md'], path.join(dir, 'pdf'), { merge: bookFile });
    expect(results.map((r) => r.status)).toEqual(['written', 'written', 'written', 'written']);
    book = await readPdf(bookFile);
  }, 300_000);

  it('prints every script with real glyphs', async () => {
    expect((await glyphCounts(bookFile)).notdef).toBe(0);
  });

  it("jumps inside the book: to the follow-up's Timeline heading, and back to the report", () => {
    // Chapters in glob order: the follow-up, then the report.
    const followUp = pageOf(book, 'This follow-up tracks the actions');
    const timeline = pageOf(book, '2025-11-26 09:12 Deploy of the notice renderer');
    const report = pageOf(book, 'On 26 November the public status page');
    const linkToTimeline = pageOf(book, 'The timeline is in the follow-up');
    expect(followUp).toBeGreaterThan(0);
    expect(timeline).toBeGreaterThanOrEqual(followUp);
    expect(report).toBeGreaterThan(timeline);
    expect(book.links.filter((l) => l.page === linkToTimeline && l.destPage === timeline)).toHaveLength(1);
    // The follow-up's two links to the report land on the report's first page.
    const backLinks = book.links.filter(
      (l) => l.page >= followUp && l.page < report && l.destPage === report,
    );
    expect(backLinks.length).toBeGreaterThanOrEqual(2);
    expect(book.links.filter((l) => l.uri !== undefined && !l.uri.startsWith('#'))).toEqual([]);
  });
});
