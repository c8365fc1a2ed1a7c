// The watermark and the provenance placeholders, in real PDFs from real Chromium (both layout engines).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LayoutEngineChoice } from '../../src/document/layout-engine.js';
import { readPdf } from '../helpers/pdf.js';
import { renderFolder, tempDir } from '../helpers/render.js';

const PARAGRAPHS = Array.from(
  { length: 28 },
  (_, i) =>
    `Paragraph ${i + 1}. The cache eviction storm started at 09:12 and the on-call engineer paged the ` +
    'database team after the second alert, while the queue kept growing on every shard.',
).join('\n\n');
const DOC = `# Watermarked report\n\n${PARAGRAPHS}\n`;
const FOOTER = 'Page {page} of {pages} · {sha} {ref} run {run}';
const PROVENANCE = { sha: 'abc1234', ref: 'feature/preview', run: '77' };

function pageText(pdf: string, page: number): string {
  return execFileSync('pdftotext', ['-f', String(page), '-l', String(page), '-layout', pdf, '-'], {
    encoding: 'utf8',
  });
}

function pageCount(pdf: string): number {
  return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);
}

/** One page as grey levels (pdftoppm -gray writes a PGM to stdout). */
function grey(pdf: string, page: number): Buffer {
  const pgm = execFileSync('pdftoppm', ['-gray', '-r', '50', '-f', String(page), '-l', String(page), pdf], {
    maxBuffer: 64 * 1024 * 1024,
  });
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 40).toString('latin1'))!;
  return pgm.subarray(header[0].length);
}

describe.each<LayoutEngineChoice>(['auto', 'pagedjs'])('watermark with layout engine %s', (engine) => {
  let plain: string;
  let marked: string;

  beforeAll(async () => {
    const workspace = tempDir(`watermark-${engine}`);
    fs.writeFileSync(path.join(workspace, 'report.md'), DOC);
    const options = { layoutEngine: engine, footer: FOOTER, provenance: PROVENANCE, concurrency: 1 };
    const [a, b] = [path.join(workspace, 'plain'), path.join(workspace, 'marked')];
    const first = await renderFolder(workspace, ['report.md'], a, options);
    const second = await renderFolder(workspace, ['report.md'], b, { ...options, watermark: 'PREVIEW' });
    expect(first.results[0]?.error).toBeUndefined();
    expect(second.results[0]?.error).toBeUndefined();
    plain = path.join(a, 'report.pdf');
    marked = path.join(b, 'report.pdf');
  }, 120_000);

  it('shows {sha}, {ref} and {run} in the footer', () => {
    expect(pageText(marked, 1)).toContain('abc1234 feature/preview run 77');
  });

  it('puts selectable watermark text on every page, without moving the content', async () => {
    const pages = pageCount(marked);
    expect(pages).toBeGreaterThan(1);
    expect(pageCount(plain)).toBe(pages);
    // pdftotext lays diagonal text out one letter per line; pdf.js reads it back as the one word it is.
    const words = (await readPdf(marked)).pages.map((page) => page.items.map((item) => item.text));
    const plainWords = (await readPdf(plain)).pages.map((page) => page.items.map((item) => item.text));
    for (let page = 1; page <= pages; page++) {
      expect(words[page - 1], `page ${page}`).toContain('PREVIEW');
      expect(plainWords[page - 1]).not.toContain('PREVIEW');
      // The content is all still there, as text.
      expect(pageText(marked, page).replace(/PREVIEW/g, '')).toContain(
        pageText(plain, page)
          .split('\n')
          .find((line) => line.includes('Paragraph'))!
          .trim()
          .slice(0, 30),
      );
    }
  });

  it('is drawn behind the text: text pixels are untouched, the watermark shows elsewhere', () => {
    for (let page = 1; page <= pageCount(marked); page++) {
      const before = grey(plain, page);
      const after = grey(marked, page);
      expect(after.length).toBe(before.length);
      let inked = 0;
      let covered = 0;
      let shaded = 0;
      for (let i = 0; i < before.length; i++) {
        if (before[i]! < 60) {
          inked++;
          // Fully dark text pixels stay exactly as dark: nothing is painted over them.
          if (Math.abs(after[i]! - before[i]!) > 6) covered++;
        } else if (before[i] === 255 && after[i]! < 250) shaded++;
      }
      expect(inked, `page ${page} has text`).toBeGreaterThan(500);
      expect(covered, `page ${page}: text pixels changed by the watermark`).toBe(0);
      expect(shaded, `page ${page}: the watermark is visible on white`).toBeGreaterThan(300);
    }
  });
});
