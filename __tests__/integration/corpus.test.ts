// Converts the project's examples and the shared corpus with a real Chromium and reads every PDF back.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FileResult } from '../../src/engine/results.js';
import { readPdf, wordsOutsidePage } from '../helpers/pdf.js';
import type { PdfContents } from '../helpers/pdf.js';
import { CORPUS_DIR, HAS_CORPUS, REPO_ROOT, renderFolder, tempDir } from '../helpers/render.js';

/**
 * Letters and digits only, lower-cased: line breaks, hyphenation and ligatures do not matter. U+02BC is
 * dropped too: fonts share one glyph for ’ and ʼ, so the PDF's text may name the apostrophe either way.
 */
/** The PDF's text as poppler's pdftotext reads it. */
const popplerText = (file: string): string =>
  execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

const squash = (text: string) =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\u02bc/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');

interface SourceFacts {
  words: string[];
  /** Markdown syntax that appears in the source's code, so it may legitimately show in the PDF. */
  codeText: string;
}

/**
 * The words a reader sees as text: the Markdown's text and code (raw HTML and front matter aside). Not
 * words: math and Mermaid source (they become typeset formulas and diagrams, tested on their own),
 * `:emoji:` shortcodes (they become emoji) and `\newpage` (it becomes a page break).
 */
function visibleWords(markdown: string): SourceFacts {
  const tree = unified()
    .use(remarkParse)
    .use(remarkFrontmatter)
    .use(remarkGfm)
    .use(remarkMath)
    .parse(markdown);
  const words = new Set<string>();
  let codeText = '';
  visit(tree, (node) => {
    if (node.type === 'code' && node.lang === 'mermaid') return;
    if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') {
      const value =
        node.type === 'text'
          ? node.value.replace(/:[a-z0-9_+-]+:/g, ' ').replace(/\\newpage/g, ' ')
          : node.value;
      for (const word of value.split(/\s+/)) if (squash(word)) words.add(squash(word));
      if (node.type !== 'text') codeText += node.value + '\n';
    }
  });
  return { words: [...words], codeText };
}

/**
 * The words of the flowchart node labels (`id["label"]`, `id[label]`, `id{label}`) of the Mermaid diagrams.
 * Mermaid may wrap a label between words, never inside one.
 */
function mermaidLabelWords(markdown: string): string[] {
  const tree = unified().use(remarkParse).parse(markdown);
  const words: string[] = [];
  visit(tree, 'code', (node) => {
    if (node.lang !== 'mermaid' || !/^\s*flowchart/.test(node.value)) return;
    for (const match of node.value.matchAll(/\w\[\s*"([^"]+)"\s*\]|\w\[([^\]"]+)\]|\w\{([^}]+)\}/g)) {
      const label = match[1] ?? match[2] ?? match[3]!;
      words.push(...label.split(/\s+/).filter((word) => /[\p{L}\p{N}]{2}/u.test(word)));
    }
  });
  return words;
}

interface Converted {
  workspace: string;
  result: FileResult;
  pdf: PdfContents;
}

async function convertAll(workspace: string, patterns: string[]): Promise<Converted[]> {
  const out = tempDir('corpus-out');
  const { results, rejected } = await renderFolder(workspace, patterns, out);
  expect(rejected).toEqual([]);
  const converted: Converted[] = [];
  for (const result of results) {
    expect(result.error, result.source).toBeUndefined();
    converted.push({ workspace, result, pdf: await readPdf(result.pdf!) });
  }
  return converted;
}

function checkDocument({ workspace, result, pdf }: Converted): void {
  const source = fs.readFileSync(path.join(workspace, result.source), 'utf8');
  const { words, codeText } = visibleWords(source);
  // pdf.js leaves out the text of ligatures that have no Unicode mapping (Indic conjuncts) and gives
  // shaped Arabic in visual order; poppler reads those, so a word counts as printed when either finds it.
  const text = squash(pdf.text) + '\n' + squash(popplerText(result.pdf!));
  const missing = words.filter((w) => !text.includes(w));
  expect(missing, `${result.source}: words missing from the PDF`).toEqual([]);
  // A whole token on some line (the same word inside prose, like `read-source.ts`, does not count).
  const tokens = new Set(popplerText(result.pdf!).split(/\s+/));
  const broken = mermaidLabelWords(source).filter((word) => !tokens.has(word));
  expect(broken, `${result.source}: diagram label words split across lines`).toEqual([]);

  for (const leak of ['__author__', '__date__', '```', '|---']) {
    if (!codeText.includes(leak)) expect(pdf.text, `${result.source} leaks ${leak}`).not.toContain(leak);
  }

  const pages = pdf.pages.length;
  expect(result.pages).toBe(pages);
  pdf.pages.forEach((page, i) => {
    expect(page.text, `${result.source} page ${i + 1} footer`).toContain(`Page ${i + 1} of ${pages}`);
  });
  const title = String(pdf.info.Title);
  expect(title.length).toBeGreaterThan(0);
  for (const page of pdf.pages.slice(1)) {
    // The running header is the title, possibly cut with an ellipsis.
    const header = page.items
      .filter((item) => item.y > page.height - 60)
      .map((item) => item.text)
      .join('');
    const shown = header.replace(/…$/, '');
    expect(shown.length, `${result.source}: running header`).toBeGreaterThan(5);
    expect(title.startsWith(shown), `${result.source}: header "${header}" is the title "${title}"`).toBe(
      true,
    );
  }
  expect(wordsOutsidePage(pdf), `${result.source}: words drawn off the page`).toEqual([]);
}

describe('examples', () => {
  let converted: Converted[];
  beforeAll(async () => {
    converted = await convertAll(path.join(REPO_ROOT, 'examples'), ['**/*.md']);
  });

  it('converts every example', () => {
    expect(converted.length).toBeGreaterThanOrEqual(4);
  });

  it('keeps every word, shows Page X of Y and the running title, draws nothing off the page', () => {
    for (const doc of converted) checkDocument(doc);
  });

  it('puts the header block into the title block and the document info', () => {
    const report = converted.find((c) => c.result.source === 'incident-report.md')!;
    expect(report.pdf.info.Title).toBe('Redis Cache Eviction Storm – Northwind Payments');
    expect(report.pdf.info.Author).toBe('Priya N.');
    expect(report.pdf.pages[0]!.text).toMatch(/Author\s*Priya N\./);
    expect(report.pdf.pages[0]!.text).toMatch(/Project\s*Northwind Payments Platform/);
  });

  it('writes two README.md from different folders to two PDFs', () => {
    const readmes = converted.filter((c) => c.result.source.endsWith('README.md')).map((c) => c.result.pdf);
    expect(new Set(readmes).size).toBe(readmes.length);
    expect(readmes.length).toBeGreaterThanOrEqual(2);
  });
});

describe('the architecture document (docs/ARCHITECTURE.md)', () => {
  it('prints the layers and the path of a document, every diagram label whole', async () => {
    const [doc] = await convertAll(path.join(REPO_ROOT, 'docs'), ['ARCHITECTURE.md']);
    checkDocument(doc!);
    expect(doc!.pdf.info.Title).toBe('Architecture of md-pdf-action');
    expect(doc!.result.warnings).toEqual([]);
    // Both diagrams were drawn: their labels are text in the PDF, the Mermaid source is not.
    expect(doc!.pdf.text).toContain('markdown/processor');
    expect(doc!.pdf.text).not.toContain('flowchart');
  });
});

describe.skipIf(!HAS_CORPUS)('shared corpus', () => {
  let converted: Converted[];
  beforeAll(async () => {
    converted = await convertAll(CORPUS_DIR, ['**/*.md']);
  }, 300_000);

  it('converts all 19 documents, including the long spec and a name with spaces', () => {
    expect(converted.length).toBe(19);
    expect(converted.some((c) => c.result.source.includes(' '))).toBe(true);
    const spec = converted.find((c) => c.result.source.endsWith('commonmark/spec.md'))!;
    expect(spec.pdf.pages.length).toBeGreaterThan(100);
    expect(spec.pdf.info.Title).toBe('CommonMark Spec');
    expect(spec.pdf.info.Author).toBe('John MacFarlane');
  });

  it('keeps every word, shows Page X of Y and the running title, draws nothing off the page', () => {
    for (const doc of converted) checkDocument(doc);
  });

  it('renders the seed reports with their metadata', () => {
    for (const name of ['incident-report-plain.md', 'incident-report-rich.md']) {
      const doc = converted.find((c) => c.result.source === name)!;
      expect(doc.pdf.info.Title).toBe('PostgreSQL Outage Report – Dashsoft Infrastructure');
      expect(doc.pdf.info.Author).toBe('Julian R.');
      expect(doc.pdf.pages[0]!.text).toMatch(/Author\s*Julian R\./);
      expect(doc.pdf.pages[0]!.text).toMatch(/Date\s*2025-11-26/);
    }
  });
});

if (!HAS_CORPUS) {
  console.warn(`[skip] shared corpus not found at ${CORPUS_DIR}: corpus tests are skipped`);
}
