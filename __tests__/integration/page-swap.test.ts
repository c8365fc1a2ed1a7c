// A slot's page takes the next document by swap (chromium-layout.js) instead of loading a new page. The
// PDFs must not tell: a batch printed through one page gives, byte for byte, the PDFs each document gives
// on its own, and the same warnings, whatever came before it in the page (another folder with an image
// of the same name, another page size, a longer title, math, a missing image, right-to-left text).
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FileResult } from '../../src/engine/results.js';
import { makePng } from '../security/support.js';
import { readPdf } from '../helpers/pdf.js';
import { renderFolder, tempDir } from '../helpers/render.js';

const DATE = new Date('2025-06-01T00:00:00Z');

const report = (title: string, body: string, front = '') =>
  `---\ntitle: ${title}\nauthor: Julian R.\n${front}---\n\n## Summary\n\n${body}\n\n## Details\n\nThe end.\n`;

// In glob order, so one slot (concurrency 1) shows each in the page the one before left.
const DOCUMENTS: Record<string, string> = {
  'a/report.md': report('Alpha Incident', 'The red chart:\n\n![chart](chart.png)'),
  'b/report.md': report(
    'Bravo Incident',
    'The blue chart, same file name, other folder:\n\n![chart](chart.png)',
  ),
  'c/landscape.md': report('Capacity Sheet', 'A wide page.', 'orientation: landscape\n'),
  'd/long.md': report(
    'A Title Long Enough That The Running Header Must Cut It Short With An Ellipsis Well Before It Could Ever Reach The Right Margin Of Its Page',
    Array.from({ length: 30 }, (_, i) => `Paragraph ${i} of a report that runs over two pages.`).join('\n\n'),
  ),
  'e/short.md': report(
    'Short',
    Array.from({ length: 30 }, (_, i) => `Paragraph ${i} of a report that runs over two pages.`).join('\n\n'),
  ),
  'f/math.md': report('Math Note', '$$\nE = mc^2\n$$'),
  'g/missing.md': report('Missing Image', 'Text.\n\n![lost](nowhere.png)'),
  // Right to left, with a character no font has: the next document must be left to right again.
  'g2/arabic.md': report('تقرير الحادث', 'توقفت صفحة الحالة \u{E000}.', 'lang: ar\n'),
  'h/after.md': report('After Everything', 'A plain report after all of the above.'),
};

let workspace: string;
const outs: string[] = [];
let batch: FileResult[];

async function run(patterns: string[], concurrency: number): Promise<FileResult[]> {
  const out = tempDir('swap-out');
  outs.push(out);
  const { results } = await renderFolder(workspace, patterns, out, { sourceDate: DATE, concurrency });
  return results;
}

beforeAll(async () => {
  workspace = tempDir('swap');
  for (const [file, text] of Object.entries(DOCUMENTS)) {
    fs.mkdirSync(path.join(workspace, path.dirname(file)), { recursive: true });
    fs.writeFileSync(path.join(workspace, file), text);
  }
  fs.writeFileSync(path.join(workspace, 'a/chart.png'), makePng(60, 30, [220, 30, 30]));
  fs.writeFileSync(path.join(workspace, 'b/chart.png'), makePng(60, 30, [30, 30, 220]));
  batch = await run(['**/*.md'], 1);
}, 300_000);

afterAll(() => {
  for (const folder of [workspace, ...outs]) fs.rmSync(folder, { recursive: true, force: true });
});

describe('documents swapped into a loaded page', () => {
  it('are the PDFs each document gives on its own, with the same warnings', async () => {
    expect(batch.map((r) => r.source)).toEqual(Object.keys(DOCUMENTS));
    for (const result of batch) {
      expect(result.error, result.source).toBeUndefined();
      const [alone] = await run([result.source], 1);
      expect(alone!.warnings, result.source).toEqual(result.warnings);
      const same = fs.readFileSync(alone!.pdf!).equals(fs.readFileSync(result.pdf!));
      expect(same, `${result.source} differs from its PDF printed alone`).toBe(true);
    }
  });

  it('show their own images, size, title and warnings', async () => {
    const byName = new Map(batch.map((r) => [r.source, r]));
    const landscape = await readPdf(byName.get('c/landscape.md')!.pdf!);
    expect(landscape.pages[0]!.width).toBeGreaterThan(landscape.pages[0]!.height);
    const after = await readPdf(byName.get('h/after.md')!.pdf!);
    expect(after.pages[0]!.width).toBeLessThan(after.pages[0]!.height);
    const long = await readPdf(byName.get('d/long.md')!.pdf!);
    expect(long.pages[1]!.text).toContain('…');
    const short = await readPdf(byName.get('e/short.md')!.pdf!);
    expect(short.pages.length).toBeGreaterThan(1);
    expect(short.pages[1]!.text).toContain('Short');
    expect(short.text).not.toContain('…');
    expect(
      byName
        .get('g/missing.md')!
        .warnings.map((w) => w.message)
        .join('\n'),
    ).toMatch(/nowhere\.png/);
    expect((await readPdf(byName.get('g/missing.md')!.pdf!)).text).toContain('Image not available');
    // The two charts share a file name, not their pixels: each document got its own folder's.
    const a = fs.readFileSync(byName.get('a/report.md')!.pdf!);
    const b = fs.readFileSync(byName.get('b/report.md')!.pdf!);
    expect(a.equals(b)).toBe(false);
  });
});
