import { describe, expect, it } from 'vitest';
import {
  parsePreviewData,
  PreviewDataError,
  previewDataOf,
  serializePreviewData,
} from '../../src/publish/preview-data.js';
import { renderPreviewMarkdown } from '../../src/publish/preview-report.js';

const good = {
  format: 'md-pdf-preview/1',
  pullRequest: 7,
  rows: [
    {
      source: 'a.md',
      relativePdf: 'a.pdf',
      pages: 2,
      bytes: 100,
      change: 'new',
      artifact: 'p-a.pdf',
      warnings: [],
    },
    { source: 'b.md', warnings: [{ message: 'm', line: 3 }], error: { message: 'broken' } },
  ],
  removed: ['old.md'],
  zip: 'p',
};

describe('preview data from an untrusted run', () => {
  it('round-trips what the building run writes, links replaced by artifact names', () => {
    const data = previewDataOf(
      {
        rows: [
          { source: 'a.md', relativePdf: 'a.pdf', pages: 2, bytes: 100, warnings: [], link: 'https://x' },
        ],
        removed: [],
        zip: { name: 'p', url: 'https://x/zip' },
      },
      7,
      new Map([['a.pdf', 'p-a.pdf']]),
    );
    expect(data.rows[0]).toEqual({
      source: 'a.md',
      relativePdf: 'a.pdf',
      pages: 2,
      bytes: 100,
      warnings: [],
      artifact: 'p-a.pdf',
    });
    expect(parsePreviewData(serializePreviewData(data))).toEqual(data);
    expect(parsePreviewData(JSON.stringify(good)).rows).toHaveLength(2);
  });

  it('writes only what it reads back: a file with many or very long warnings keeps its count', () => {
    const warnings = Array.from({ length: 1500 }, (_, i) => ({
      message: `could not load figure-${i}.png`,
      line: i + 1,
    }));
    warnings[0] = { message: `could not load ${'x'.repeat(5000)}.png`, line: 1 };
    const data = previewDataOf(
      { rows: [{ source: 'a.md', relativePdf: 'a.pdf', pages: 1, bytes: 1, warnings }] },
      7,
      new Map(),
    );
    const read = parsePreviewData(serializePreviewData(data));
    expect(read.rows[0]!.warnings).toHaveLength(1000);
    expect(read.rows[0]!.omittedWarnings).toBe(500);
    expect(read.rows[0]!.warnings[0]!.message).toHaveLength(2000);
    expect(read.rows[0]!.warnings[0]!.message.endsWith('…')).toBe(true);
    // The comment still counts them all.
    const body = renderPreviewMarkdown({ rows: read.rows });
    expect(body).toContain('| `a.pdf` ⚠️ 1500 |');
    expect(body).toContain('<details><summary>1500 warnings in <code>a.md</code></summary>');
    expect(body).toContain('- …and 500 more: see the job summary.');
  });

  it.each([
    ['a pull request number that is text', { pullRequest: '7; rm -rf /' }, /pullRequest/],
    ['a negative pull request number', { pullRequest: -1 }, /pullRequest/],
    ['a fractional pull request number', { pullRequest: 1.5 }, /pullRequest/],
    ['a huge pull request number', { pullRequest: 2 ** 40 }, /pullRequest/],
    ['another format', { format: 'md-pdf-preview/99' }, /not md-pdf-preview\/1/],
    ['rows that are not a list', { rows: { 0: {} } }, /rows/],
    ['a page count that is text', { rows: [{ source: 'a', pages: '3', warnings: [] }] }, /rows\[0\]\.pages/],
    ['an unknown change', { rows: [{ source: 'a', change: '<b>x</b>', warnings: [] }] }, /rows\[0\]\.change/],
    ['a huge name', { rows: [{ source: 'x'.repeat(5000), warnings: [] }] }, /rows\[0\]\.source/],
    [
      'a warning without text',
      { rows: [{ source: 'a', warnings: [{ line: 1 }] }] },
      /warnings\[0\]\.message/,
    ],
  ])('refuses %s', (_name, change, message) => {
    const text = JSON.stringify({ ...good, ...change });
    expect(() => parsePreviewData(text)).toThrow(PreviewDataError);
    expect(() => parsePreviewData(text)).toThrow(message);
  });

  it('refuses what is not JSON', () => {
    expect(() => parsePreviewData('<html>')).toThrow('the preview data is not JSON');
  });
});
