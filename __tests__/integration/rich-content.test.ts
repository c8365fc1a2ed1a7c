// Rich content end to end: one document that uses every content feature goes through the real engine
// (convert() → Chromium → Paged.js → PDF), and the PDF is read back. One document, printed once: the
// machine has two cores.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import type { PDFPage } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convert } from '../../src/engine/convert.js';
import type { FileResult } from '../../src/engine/results.js';
import type { ConvertOptions } from '../../src/engine/options.js';
import { normalizeText, readPdf } from '../helpers/pdf.js';
import type { PdfContents } from '../helpers/pdf.js';

/** A real PNG (a colour gradient), so pdfimages has something to find. */
function makePng(width: number, height: number): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc32 = (data: Buffer): number => {
    let c = 0xffffffff;
    for (const byte of data) c = crcTable[(c ^ byte) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer): Buffer => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const rows: number[] = [];
  for (let y = 0; y < height; y++) {
    rows.push(0);
    for (let x = 0; x < width; x++) rows.push((x * 255) / width, (y * 255) / height, 160);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(Buffer.from(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// Line numbers below are asserted: keep the document's lines where they are.
const DOCUMENT = `# Rich Content Check

__author__: Test Suite
__date__: 2025-12-03

## Overview

Jump to [the target section](#target-section-here) further down.

> [!WARNING]
> Alerts keep their label.

Inline math $L = \\lambda W$ and a display formula:

$$
A = \\sum_{k=0}^{r} p^{k} = \\frac{1 - p^{r+1}}{1 - p}
$$

![Gradient chart](images/chart.png)

![Missing diagram of the cluster](images/missing.png)

\\newpage

## Highlighted code

\`\`\`go showLineNumbers
// Authorize retries a payment call.
func (c *Client) Authorize(ctx context.Context, id string) error {
	for attempt := 0; attempt < 3; attempt++ {
		if err := c.call(ctx, id, "authorize", 0.5); err == nil {
			return nil
		}
	}
	return fmt.Errorf("authorize %s: %w", id, ErrGaveUp)
}
\`\`\`

\`\`\`sql
SELECT pid, state, now() - xact_start AS age FROM pg_stat_activity WHERE state <> 'idle' LIMIT 10; -- hot rows
\`\`\`

\`\`\`mermaid
flowchart LR
    A[Alpha node] --> B[Beta node]
\`\`\`

\`\`\`mermaid
flowchart LR
    A[Broken --> 
\`\`\`

<div class="page-break"></div>

## Target section here

The link on the first page lands here.
`;

/** Line of `![Missing diagram…]` and of the broken diagram's second line in DOCUMENT. */
const MISSING_IMAGE_LINE = DOCUMENT.split('\n').findIndex((l) => l.includes('images/missing.png')) + 1;
const BROKEN_DIAGRAM_LINE = DOCUMENT.split('\n').findIndex((l) => l.includes('A[Broken')) + 1;

/** Text colours drawn with a font whose name contains `fontName`, from the page's content stream. */
function textColours(doc: PDFDocument, page: PDFPage, fontName: string): Set<string> {
  const fonts = page.node.Resources()?.lookup(PDFName.of('Font'), PDFDict);
  const wanted = new Set<string>();
  for (const [key, ref] of fonts?.entries() ?? []) {
    const base = doc.context.lookup(ref, PDFDict).get(PDFName.of('BaseFont'));
    if (base && base.toString().includes(fontName)) wanted.add(key.toString());
  }
  const contents = page.node.Contents();
  const streams =
    contents instanceof PDFArray ? contents.asArray().map((r) => doc.context.lookup(r)) : [contents];
  let operators = '';
  for (const stream of streams) {
    if (stream instanceof PDFRawStream)
      operators += Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1') + '\n';
  }
  const colours = new Set<string>();
  const stack: Array<{ fill: string; font: string }> = [];
  let state = { fill: '0 0 0', font: '' };
  const tokens = operators.split(/\s+/);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token === 'q') stack.push({ ...state });
    else if (token === 'Q') state = stack.pop() ?? state;
    else if (token === 'rg') state.fill = tokens.slice(i - 3, i).join(' ');
    else if (token === 'Tf') state.font = tokens[i - 2]!;
    else if ((token === 'Tj' || token === 'TJ') && wanted.has(state.font)) colours.add(state.fill);
  }
  return colours;
}

describe('rich content in the PDF', () => {
  let workspace: string;
  let result: FileResult;
  let pdf: PdfContents;
  let pdfFile: string;

  beforeAll(async () => {
    workspace = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'md-pdf-rich-')));
    fs.mkdirSync(path.join(workspace, 'images'));
    fs.writeFileSync(path.join(workspace, 'images/chart.png'), makePng(320, 160));
    fs.writeFileSync(path.join(workspace, 'report.md'), DOCUMENT);
    pdfFile = path.join(workspace, 'out/report.pdf');
    const options: ConvertOptions = {
      workspace,
      outputDir: path.join(workspace, 'out'),
      theme: 'report',
      pageSize: 'A4',
      concurrency: 1,
      timeoutMs: 120_000,
      maxFileSize: 10 * 1024 * 1024,
      allowRemoteAssets: false,
    };
    const file = { path: path.join(workspace, 'report.md'), relativePath: 'report.md', outputPath: pdfFile };
    [result] = (await convert([file], options)) as [FileResult];
    if (result.status === 'written') pdf = await readPdf(pdfFile);
  });

  afterAll(() => {
    if (workspace) fs.rmSync(workspace, { recursive: true, force: true });
  });

  it('writes the PDF although an image is missing and a diagram is broken', () => {
    expect(result.error).toBeUndefined();
    expect(result.status).toBe('written');
    expect(fs.existsSync(pdfFile)).toBe(true);
  });

  it('warns about the missing image and the broken diagram at their lines', () => {
    expect(result.warnings).toContainEqual({
      message: expect.stringMatching(/^could not load images\/missing\.png: /),
      line: MISSING_IMAGE_LINE,
    });
    const diagram = result.warnings.filter((w) => w.message.startsWith('Mermaid diagram could not be drawn'));
    expect(diagram).toHaveLength(1);
    expect(diagram[0]!.line).toBe(BROKEN_DIAGRAM_LINE);
    // The image placeholder does not repeat the request guard's warning.
    expect(result.warnings.filter((w) => w.line === MISSING_IMAGE_LINE)).toHaveLength(1);
  });

  it('makes internal links that land on the heading’s page', () => {
    const targetPage = pdf.pages.findIndex((p) => p.text.includes('Target section here')) + 1;
    const overviewPage = pdf.pages.findIndex((p) => p.text.includes('Jump to')) + 1;
    expect(targetPage).toBeGreaterThan(overviewPage);
    expect(pdf.links).toContainEqual(expect.objectContaining({ page: overviewPage, destPage: targetPage }));
  });

  it('breaks pages at \\newpage and at <div class="page-break">', () => {
    const codePage = pdf.pages.findIndex((p) => p.text.includes('Highlighted code'));
    const overviewPage = pdf.pages.findIndex((p) => p.text.includes('Jump to'));
    expect(codePage).toBeGreaterThan(overviewPage);
    expect(pdf.pages[codePage]!.text).not.toContain('Target section here');
  });

  it('highlights code in more than four text colours, with line numbers', async () => {
    const doc = await PDFDocument.load(fs.readFileSync(pdfFile));
    const codePage = pdf.pages.findIndex((p) => p.text.includes('Highlighted code'));
    const colours = textColours(doc, doc.getPage(codePage), 'JetBrainsMono');
    expect(colours.size).toBeGreaterThan(4);
    const text = normalizeText(pdf.pages[codePage]!.text);
    expect(text).toContain('1 // Authorize retries a payment call.');
    expect(text).toContain('9 }');
  });

  it('wraps long code lines instead of clipping them', () => {
    const codePage = pdf.pages.find((p) => p.text.includes('Highlighted code'))!;
    const sql = codePage.items.filter((w) => /hot rows|pg_stat_activity|SELECT/.test(w.text));
    expect(sql.length).toBeGreaterThan(0);
    for (const word of codePage.items) expect(word.x + word.width).toBeLessThanOrEqual(codePage.width);
    expect(normalizeText(codePage.text)).toContain('-- hot rows');
  });

  it('renders math with KaTeX fonts embedded', () => {
    const fonts = execFileSync('pdffonts', [pdfFile], { encoding: 'utf8' });
    expect(fonts).toMatch(/KaTeX_Main-Regular/);
    expect(fonts).toMatch(/KaTeX_Math-Italic/);
  });

  it('draws Mermaid diagrams with their labels as text', () => {
    expect(pdf.text).toContain('Alpha node');
    expect(pdf.text).toContain('Beta node');
    expect(pdf.text).toContain('This diagram could not be drawn');
  });

  it('shows the alert label', () => {
    expect(normalizeText(pdf.pages[0]!.text)).toMatch(/Warning Alerts keep their label\./);
  });

  it('embeds the image and shows a placeholder for the missing one', () => {
    const list = execFileSync('pdfimages', ['-list', pdfFile], { encoding: 'utf8' });
    const images = list
      .split('\n')
      .slice(2)
      .filter((l) => /\bimage\b/.test(l))
      .map((l) => l.trim().split(/\s+/));
    // page num type width height …
    expect(images).toContainEqual(expect.arrayContaining(['1', 'image', '320', '160']));
    expect(pdf.pages[0]!.text).toContain('Image not available');
    expect(pdf.pages[0]!.text).toContain('Missing diagram of the cluster');
  });
});
