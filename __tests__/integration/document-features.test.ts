// The document features of issue 4, checked on real PDFs printed by Chromium + Paged.js: contents with page
// numbers and links, bookmarks, cover, header/footer templates, user CSS, landscape pages, wide tables,
// themes and the merged book. Few documents are printed (two cores): each run is reused by many checks.
import type { ThemeName } from '../../src/document/page-settings.js';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PDFDocument, PDFName } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FileResult } from '../../src/engine/results.js';
import { normalizeText, readPdf, wordsOutsidePage } from '../helpers/pdf.js';
import type { OutlineEntry, PdfContents } from '../helpers/pdf.js';
import { renderFolder, tempDir } from '../helpers/render.js';

const FEATURES = `---
title: Quarterly Platform Report
author: Jane Doe
subject: Reliability and capacity for Q1
toc: true
toc-depth: 3
cover: true
---

## 1. Introduction

This report covers the first quarter. See [the results](#3-results) for the numbers.

> SECRET-QUOTE: the user stylesheet hides quotes.

## 2. Background

Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore.

### 2.1 Capacity

Duis aute irure dolor in reprehenderit in voluptate velit esse cillum dolore eu fugiat nulla pariatur.

<div class="page-break"></div>

## 3. Results

| Service | Region | Availability | Latency | Percentile | Throughput | Errors | Saturation | Incidents | Owner | Budget | Forecast |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
| Authentication | eu-west-1 | 99.995% | 12ms | 180ms | 12000rps | 0.01% | 45% | 2 | Identity | 120000 | 135000 |
| Payments | us-east-1 | 99.982% | 35ms | 420ms | 3400rps | 0.05% | 62% | 4 | Commerce | 240000 | 260000 |

### 3.1 Details

Excepteur sint occaecat cupidatat non proident, sunt in culpa qui officia deserunt mollit anim.

## 4. Conclusion

Done.
`;

const LANDSCAPE = `---
title: Capacity Plan
author: Jane Doe
orientation: landscape
---

## Overview

Wide pages for wide plans.

## Numbers

Two columns.
`;

const THEMED = `# Theme Sample

__author__: Julian R.

## Summary

A paragraph of body text with \`inline code\` and a [link](#details).

| Metric | Value |
| --- | ---: |
| Success rate | 99.9% |

## Details

> A quotation.

\`\`\`ts
const answer = 42;
\`\`\`
`;

const HEADER = 'Doc {title} by {author}';
const FOOTER = '{section} | {page}/{pages}';
const HEADINGS = [
  '1. Introduction',
  '2. Background',
  '2.1 Capacity',
  '3. Results',
  '3.1 Details',
  '4. Conclusion',
];

function flatten(entries: readonly OutlineEntry[]): OutlineEntry[] {
  return entries.flatMap((e) => [e, ...flatten(e.items)]);
}

/** The first page from `from` (1-based) on which `text` is drawn as one piece: where a heading is. */
function pageOf(pdf: PdfContents, text: string, from = 1): number {
  const index = pdf.pages.findIndex((p, i) => i + 1 >= from && p.items.some((w) => w.text.trim() === text));
  return index + 1;
}

/** The page numbers the contents page gives for `titles`, in order. */
function contentsNumbers(page: string, titles: readonly string[]): number[] {
  const text = normalizeText(page);
  return titles.map((title) => {
    const match = new RegExp(`${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} (\\d+)`).exec(text);
    return match ? Number(match[1]) : NaN;
  });
}

/** Rasterizes one page to RGB pixels (pdftoppm writes a PPM to stdout when given no output name). */
function pixels(pdf: string, page: number, dpi = 40): { width: number; height: number; data: Buffer } {
  const ppm = execFileSync('pdftoppm', ['-r', String(dpi), '-f', String(page), '-l', String(page), pdf], {
    maxBuffer: 64 * 1024 * 1024,
  });
  // P6 header: magic, width, height, max value, each followed by whitespace.
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 40).toString('latin1'))!;
  return { width: Number(header[1]), height: Number(header[2]), data: ppm.subarray(header[0].length) };
}

function fontsOf(pdf: string): string[] {
  return execFileSync('pdffonts', [pdf], { encoding: 'utf8' })
    .split('\n')
    .slice(2)
    .map((line) => line.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, ''))
    .filter(Boolean);
}

function written(results: readonly FileResult[], source: string): FileResult {
  const result = results.find((r) => r.source === source || r.source.startsWith(source));
  expect(result?.error?.message).toBeUndefined();
  expect(result?.status).toBe('written');
  return result!;
}

describe('document features', () => {
  let workspace: string;
  let results: FileResult[];
  let features: PdfContents;
  let landscape: PdfContents;
  let book: PdfContents;
  let featuresPdf: string;
  let bookPdf: string;

  beforeAll(async () => {
    workspace = tempDir('document-features');
    fs.mkdirSync(path.join(workspace, 'reports'));
    fs.mkdirSync(path.join(workspace, 'styles'));
    fs.writeFileSync(path.join(workspace, 'reports', 'a-features.md'), FEATURES);
    fs.writeFileSync(path.join(workspace, 'reports', 'b-landscape.md'), LANDSCAPE);
    fs.writeFileSync(
      path.join(workspace, 'styles', 'brand.css'),
      'blockquote { display: none; }\n.doc-body h2 { color: #ff0000; }\n',
    );
    const out = path.join(workspace, 'pdf');
    ({ results } = await renderFolder(workspace, ['reports/*.md'], out, {
      css: 'styles/brand.css',
      header: HEADER,
      footer: FOOTER,
      merge: path.join(out, 'handbook.pdf'),
      mergeTitle: 'Engineering Handbook',
    }));
    featuresPdf = written(results, 'reports/a-features.md').pdf!;
    bookPdf = written(results, 'book of 2 documents').pdf!;
    features = await readPdf(featuresPdf);
    landscape = await readPdf(written(results, 'reports/b-landscape.md').pdf!);
    book = await readPdf(bookPdf);
  });

  it('starts with a cover page without header or footer, then the contents', () => {
    const cover = normalizeText(features.pages[0]!.text);
    expect(cover).toContain('Quarterly Platform Report');
    expect(cover).toContain('Reliability and capacity for Q1');
    expect(cover).toContain('Jane Doe');
    expect(cover).not.toContain('Doc ');
    expect(cover).not.toContain('|');
    expect(normalizeText(features.pages[1]!.text)).toContain('Contents 1. Introduction');
  });

  it('lists the H2 and H3 headings with the pages they are really on, each a link to that page', () => {
    const actual = HEADINGS.map((h) => pageOf(features, h, 3));
    expect(actual.every((p) => p >= 3)).toBe(true);
    expect(actual.at(-1)).toBeGreaterThan(actual[0]!); // the page break moved the results on
    expect(contentsNumbers(features.pages[1]!.text, HEADINGS)).toEqual(actual);
    const links = features.links.filter((l) => l.page === 2).map((l) => l.destPage);
    expect(links).toEqual(actual);
  });

  it('makes an in-document link go to its heading', () => {
    const from = pageOf(features, '1. Introduction', 3);
    const link = features.links.find((l) => l.page === from);
    expect(link?.destPage).toBe(pageOf(features, '3. Results', 3));
  });

  it('has bookmarks for the headings, nested and pointing at their pages, in a tagged PDF', async () => {
    expect(features.outline).toHaveLength(1);
    const [root] = features.outline;
    expect(root!.title).toBe('Quarterly Platform Report');
    const entries = flatten(root!.items).filter((e) => e.title !== 'Contents');
    expect(entries.map((e) => e.title)).toEqual(HEADINGS);
    expect(entries.map((e) => e.page)).toEqual(HEADINGS.map((h) => pageOf(features, h, 3)));
    expect(root!.items.find((e) => e.title === '2. Background')!.items.map((e) => e.title)).toEqual([
      '2.1 Capacity',
    ]);
    const doc = await PDFDocument.load(fs.readFileSync(featuresPdf), { updateMetadata: false });
    expect(doc.catalog.get(PDFName.of('StructTreeRoot'))).toBeDefined();
    expect(doc.catalog.get(PDFName.of('MarkInfo'))).toBeDefined();
  });

  it('fills the header and footer templates', () => {
    const page = normalizeText(features.pages[2]!.text);
    expect(page).toContain('Doc Quarterly Platform Report by Jane Doe');
    expect(page).toMatch(new RegExp(`1\\. Introduction \\| 3/${features.pages.length}`));
  });

  it('applies the user stylesheet after the theme', () => {
    expect(features.text).not.toContain('SECRET-QUOTE');
    const { data } = pixels(featuresPdf, pageOf(features, '1. Introduction', 3));
    let red = 0;
    for (let i = 0; i + 2 < data.length; i += 3)
      if (data[i]! > 220 && data[i + 1]! < 50 && data[i + 2]! < 50) red++;
    expect(red).toBeGreaterThan(20);
  });

  it('shrinks a wide table until whole words fit, inside the page', () => {
    expect(wordsOutsidePage(features)).toEqual([]);
    const page = features.pages[pageOf(features, '3. Results', 3) - 1]!;
    for (const word of ['Availability', 'Throughput', 'Saturation', 'Authentication', 'Forecast']) {
      expect(page.items.some((w) => w.text.includes(word))).toBe(true);
    }
    const cell = page.items.find((w) => w.text.includes('Availability'))!;
    const body = page.items.find((w) => w.text.includes('Excepteur'))!;
    expect(cell.height).toBeLessThan(body.height * 0.8);
  });

  it('turns the pages of a landscape document', () => {
    expect(landscape.pages.every((p) => p.width > p.height)).toBe(true);
    expect(features.pages.every((p) => p.width < p.height)).toBe(true);
  });

  it('merges the documents into a book: cover, contents, one bookmark per document with its headings', () => {
    expect(normalizeText(book.pages[0]!.text)).toContain('Engineering Handbook');
    expect(book.outline.map((e) => e.title)).toEqual(['Quarterly Platform Report', 'Capacity Plan']);
    const [first, second] = book.outline;
    expect(flatten(first!.items).map((e) => e.title)).toEqual(HEADINGS);
    expect(second!.items.map((e) => e.title)).toEqual(['Overview', 'Numbers']);
    for (const entry of flatten(book.outline)) {
      expect(entry.page, entry.title).toBe(pageOf(book, entry.title, 3));
    }
    // The contents lists every document and its headings with the book's page numbers.
    const titles = ['Quarterly Platform Report', '1. Introduction', '3. Results', 'Capacity Plan', 'Numbers'];
    expect(contentsNumbers(book.pages[1]!.text, titles)).toEqual(titles.map((t) => pageOf(book, t, 3)));
    // A landscape document keeps its landscape pages inside the portrait book.
    const capacity = second!.page!;
    expect(book.pages[capacity - 1]!.width).toBeGreaterThan(book.pages[capacity - 1]!.height);
    expect(book.pages[0]!.width).toBeLessThan(book.pages[0]!.height);
    expect(book.pages.length).toBe(written(results, 'book of 2 documents').pages);
  });
});

describe('themes', () => {
  const pdfs = {} as Record<ThemeName, string>;

  beforeAll(async () => {
    const workspace = tempDir('themes');
    fs.writeFileSync(path.join(workspace, 'sample.md'), THEMED);
    for (const theme of ['report', 'github', 'minimal'] as const) {
      const { results } = await renderFolder(workspace, ['*.md'], path.join(workspace, theme), { theme });
      pdfs[theme] = written(results, 'sample.md').pdf!;
    }
  });

  it('use different typefaces', () => {
    const families = (theme: ThemeName) => new Set(fontsOf(pdfs[theme]).map((f) => f.split('-')[0]));
    expect([...families('report')]).toEqual(
      expect.arrayContaining(['SourceSerif4', 'Inter', 'JetBrainsMono']),
    );
    expect(families('github').has('Inter')).toBe(true);
    expect(families('github').has('SourceSerif4')).toBe(false);
    expect(families('minimal').has('SourceSerif4')).toBe(true);
    expect(families('minimal').has('Inter')).toBe(false);
  });

  it('look different', () => {
    const pages = Object.fromEntries(
      (Object.keys(pdfs) as ThemeName[]).map((t) => [t, pixels(pdfs[t], 1)]),
    ) as Record<ThemeName, ReturnType<typeof pixels>>;
    const difference = (a: ThemeName, b: ThemeName): number => {
      const [x, y] = [pages[a].data, pages[b].data];
      let differ = 0;
      for (let i = 0; i < Math.min(x.length, y.length); i += 3) {
        if (Math.abs(x[i]! - y[i]!) + Math.abs(x[i + 1]! - y[i + 1]!) + Math.abs(x[i + 2]! - y[i + 2]!) > 60)
          differ++;
      }
      return differ / (Math.min(x.length, y.length) / 3);
    };
    expect(difference('report', 'github')).toBeGreaterThan(0.02);
    expect(difference('report', 'minimal')).toBeGreaterThan(0.02);
    expect(difference('github', 'minimal')).toBeGreaterThan(0.02);
  });
});
