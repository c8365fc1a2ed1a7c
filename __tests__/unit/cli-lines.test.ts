import { documentLayout } from '../../src/engine/document-layout.js';
import { describe, expect, it } from 'vitest';
import { progressLine, summaryLine } from '../../src/cli/lines.js';
import type { WrittenResult } from '../../src/engine/results.js';
import { renderDocumentPage } from '../../src/document/render-document.js';
import { countOf } from '../../src/shared/format.js';
import { noMatchOutcome, parseIfNoFilesFound } from '../../src/engine/no-match.js';
import { DEFAULTS } from '../../src/engine/options.js';

const written = (pages: number): WrittenResult => ({
  source: 'a.md',
  status: 'written',
  pdf: '/w/pdf/a.pdf',
  pages,
  bytes: 10,
  seconds: 0.42,
  warnings: [],
});

describe('singular and plural', () => {
  it('counts with the noun in the right number', () => {
    expect(countOf(0, 'page')).toBe('0 pages');
    expect(countOf(1, 'page')).toBe('1 page');
    expect(countOf(2, 'Markdown file')).toBe('2 Markdown files');
  });

  it('says "1 page" and "1 PDF", and "2 pages" and "2 PDFs"', () => {
    expect(progressLine(written(1), '/w')).toBe('✓ a.md → pdf/a.pdf (1 page, 0.4 s)');
    expect(progressLine({ ...written(2), status: 'unchanged' }, '/w')).toBe(
      '= a.md → pdf/a.pdf (unchanged, 2 pages)',
    );
    expect(summaryLine([written(1)], 0, '/w/pdf', '/w')).toBe('1 PDF written to pdf');
    expect(summaryLine([written(1), written(3)], 1, '/w/pdf', '/w')).toBe('2 PDFs written to pdf, 1 failed');
  });
});

describe('if-no-files-found', () => {
  it('parses the three choices in any case and names the input otherwise', () => {
    expect(parseIfNoFilesFound(' Error ', 'if-no-files-found')).toBe('error');
    expect(() => parseIfNoFilesFound('fail', 'if-no-files-found')).toThrow(
      'if-no-files-found must be one of warn, error, ignore; got "fail"',
    );
  });

  it('says nothing when something matched, and fails only with error', () => {
    expect(noMatchOutcome(1, ['*.md'], 'error')).toBeUndefined();
    expect(noMatchOutcome(0, ['a/*.md', 'b/*.md'], 'warn')).toEqual({
      level: 'warning',
      message: 'No Markdown files match a/*.md, b/*.md',
      fails: false,
    });
    expect(noMatchOutcome(0, ['*.md'], 'error')?.fails).toBe(true);
    expect(noMatchOutcome(0, ['*.md'], 'ignore')?.level).toBe('info');
  });
});

describe('a stylesheet from outside the workspace', () => {
  it('is embedded after the theme, and its text cannot close the style element', () => {
    const options = {
      workspace: '/w',
      outputDir: '/w/pdf',
      theme: DEFAULTS.theme,
      pageSize: DEFAULTS.pageSize,
      concurrency: 1,
      timeoutMs: 1000,
      maxFileSize: DEFAULTS.maxFileSize,
      allowRemoteAssets: false,
      css: '/home/me/print.css',
    };
    const layout = documentLayout(options, false, 'h1 { color: red } </style><script>alert(1)</script>');
    expect(layout.userStylesheet).toBeUndefined();
    const html = renderDocumentPage(
      '<p>x</p>',
      { title: 'T', keywords: [], fields: [], options: {}, titleFromHeading: true },
      layout,
    ).html;
    expect(html).toContain(
      '<style id="md-pdf.user-css">h1 { color: red } <\\/style><script>alert(1)</script></style>',
    );
    expect(html).not.toContain('home/me');
  });
});
