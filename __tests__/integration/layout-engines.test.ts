// Chromium's own pagination (layout-engine auto) against Paged.js, on real PDFs: who lays out which
// document, that both give the same document, and the parts Chromium needs help with (a running title too
// long for its line, a cover that fills its page, a heading right before a page break, display math moved
// to the next page). Few runs (two cores): each is reused by several checks.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FileResult } from '../../src/engine/results.js';
import { normalizeText, readPdf, wordsOutsidePage } from '../helpers/pdf.js';
import type { PdfContents } from '../helpers/pdf.js';
import { renderFolder, tempDir } from '../helpers/render.js';

const LONG_TITLE =
  'Quarterly Reliability Review of the Payments Platform With Every Incident, Every Follow-Up and Every Lesson Learned Zebra';

const paragraph = (n: number) =>
  `Paragraph ${n} describes how the service behaved during the incident and what the on-call engineer did ` +
  `next, in enough detail that the page fills up the way a real report would fill it.`;

const COVER = `---
title: ${LONG_TITLE}
author: Julian R.
subject: What broke, and what we changed
cover: true
---

## Summary

${[1, 2, 3, 4, 5, 6].map(paragraph).join('\n\n')}

## Details

${Array.from({ length: 20 }, (_, i) => paragraph(i + 7)).join('\n\n')}
`;

// Landscape, with a wide table that leaves the heading just room at the foot of the first page.
const BREAK = `---
title: Break Placement
orientation: landscape
---

## Capacity

| ${Array.from({ length: 14 }, (_, c) => `Column heading ${c}`).join(' | ')} |
|${' --- |'.repeat(14)}
${Array.from({ length: 8 }, (_, r) => `| ${Array.from({ length: 14 }, (_, c) => `value-${r}-${c}`).join(' | ')} |`).join('\n')}

## Notes

\\newpage

After the break.
`;

// Display formulas among paragraphs of varying length, so that some reach the foot of a page. Each has the
// upper limit Q once: a formula cut at the page end would show its Q twice.
const FORMULAS = 24;
const MATH = `# Retry Arithmetic

${Array.from(
  { length: FORMULAS },
  (_, i) => `${paragraph(i).repeat(1 + (i % 3))}\n\n$$\nA_{${i}} = \\sum_{k=0}^{Q} p^k\n$$`,
).join('\n\n')}
`;

const PARITY = `# Parity Sample

__author__: Julian R.

## Table

| # | Service | Status | Owner |
| --- | --- | --- | --- |
${Array.from({ length: 60 }, (_, i) => `| ${i} | service-${i} | ${i % 4 ? 'ok' : 'degraded'} | team-${i % 5} |`).join('\n')}

## Code

\`\`\`ts
export function backoff(attempt: number): number {
  return Math.min(30_000, 2 ** attempt * 100);
}
\`\`\`

${[1, 2, 3].map(paragraph).join('\n\n')}
`;

const SECTION_CSS = `h2 { string-set: chapter content(text); }
@page { @top-right { content: "§ " string(chapter); } }
`;

let workspace: string;
const pdfs = new Map<string, PdfContents>();
const html = new Map<string, string>();

/** Renders `files` into a fresh folder with `overrides`; keeps each PDF and printed HTML under `key/name`. */
async function render(key: string, files: string[], overrides = {}): Promise<FileResult[]> {
  const out = tempDir(`engines-${key}`);
  const { results } = await renderFolder(workspace, files, out, { keepHtml: true, ...overrides });
  for (const result of results) {
    expect(result.error, `${key}/${result.source}`).toBeUndefined();
    const name = path.basename(result.source, '.md');
    pdfs.set(`${key}/${name}`, await readPdf(result.pdf!));
    html.set(`${key}/${name}`, fs.readFileSync(result.pdf!.replace(/\.pdf$/, '.html'), 'utf8'));
  }
  fs.rmSync(out, { recursive: true, force: true });
  return results;
}

const engineOf = (key: string) => /data-layout-engine="(\w+)"/.exec(html.get(key)!)?.[1];
const pageWith = (pdf: PdfContents, text: string) =>
  pdf.pages.findIndex((page) => normalizeText(page.text).includes(text)) + 1;
/** The body text: everything but the running header and footer lines. */
const bodyText = (pdf: PdfContents, title: string) =>
  normalizeText(
    pdf.pages
      .flatMap((page) => page.text.split('\n'))
      .filter((line) => line.trim() !== title && !/^Page \d+ of \d+$/.test(line.trim()))
      .join('\n'),
  );

beforeAll(async () => {
  workspace = tempDir('engines');
  const write = (name: string, text: string) => fs.writeFileSync(path.join(workspace, name), text);
  write('cover.md', COVER);
  write('break.md', BREAK);
  write('math.md', MATH);
  write('parity.md', PARITY);
  write('section.css', SECTION_CSS);
  await render('auto', ['cover.md', 'break.md', 'math.md', 'parity.md']);
  await render('paged', ['parity.md'], { layoutEngine: 'pagedjs' });
  await render('css', ['parity.md'], { css: 'section.css' });
  await render('minimal', ['cover.md'], { theme: 'minimal' });
}, 300_000);

describe('layout engines', () => {
  it('lets Chromium lay out documents that need nothing only Paged.js has', () => {
    for (const name of ['cover', 'break', 'math', 'parity'])
      expect(engineOf(`auto/${name}`)).toBe('chromium');
    expect(engineOf('paged/parity')).toBe('pagedjs');
  });

  it('gives the same document with either engine', () => {
    const chromium = pdfs.get('auto/parity')!;
    const paged = pdfs.get('paged/parity')!;
    expect(chromium.pages).toHaveLength(paged.pages.length);
    expect(bodyText(chromium, 'Parity Sample')).toBe(bodyText(paged, 'Parity Sample'));
    chromium.pages.forEach((page, index) => {
      const text = normalizeText(page.text);
      expect(text).toContain(`Page ${index + 1} of ${chromium.pages.length}`);
      // The running title on every page but the first, which has the title block.
      if (index > 0) expect(text.startsWith('Parity Sample')).toBe(true);
      // The table's header row repeats on every page the table continues on.
      if (/service-\d+/.test(text)) expect(text).toContain('# Service Status Owner');
    });
    expect(wordsOutsidePage(chromium)).toEqual([]);
  });

  it('uses Paged.js when the user stylesheet relies on named strings, and the header shows them', () => {
    expect(engineOf('css/parity')).toBe('pagedjs');
    const pdf = pdfs.get('css/parity')!;
    expect(normalizeText(pdf.pages.at(-1)!.text)).toContain('§ Code');
  });

  it('cuts a running title too long for its line with an ellipsis, inside the page area', () => {
    // The report theme's 20 mm side margins and 8.5 pt header; the minimal theme's 28 mm and 9 pt italic.
    for (const [key, marginMm] of [
      ['auto/cover', 20],
      ['minimal/cover', 28],
    ] as const) {
      const pdf = pdfs.get(key)!;
      const headers = pdf.pages.slice(1).map((page) => page.items.find((item) => item.text.endsWith('…')));
      expect(headers.length, key).toBeGreaterThan(1);
      for (const [index, header] of headers.entries()) {
        expect(header, `${key} page ${index + 2}`).toBeDefined();
        expect(LONG_TITLE.startsWith(header!.text.slice(0, -1).trimEnd())).toBe(true);
        const margin = (marginMm / 25.4) * 72;
        expect(header!.x).toBeGreaterThanOrEqual(margin - 1);
        expect(header!.x + header!.width, key).toBeLessThanOrEqual(pdf.pages[index + 1]!.width - margin + 1);
      }
    }
  });

  it('keeps the cover on one page, with its details at the foot', () => {
    const pdf = pdfs.get('auto/cover')!;
    const cover = normalizeText(pdf.pages[0]!.text);
    expect(cover).toContain('What broke, and what we changed');
    expect(cover).toContain('Author Julian R.');
    expect(normalizeText(pdf.pages[1]!.text)).toContain('Summary');
  });

  it('leaves a heading right before a page break with the text above it', () => {
    const pdf = pdfs.get('auto/break')!;
    expect(pdf.pages).toHaveLength(2);
    expect(pageWith(pdf, 'Notes')).toBe(1);
    expect(pageWith(pdf, 'After the break.')).toBe(2);
  });

  it('moves display math to the next page whole, leaving no sliver of it behind', () => {
    const pdf = pdfs.get('auto/math')!;
    expect(pdf.pages.length).toBeGreaterThan(2);
    const limits = pdf.pages.flatMap((page) => page.items.filter((item) => item.text.includes('Q')));
    expect(limits).toHaveLength(FORMULAS);
  });
});
