import { describe, expect, it } from 'vitest';
import { tableCodeSpan as codeSpan } from '../../src/publish/format.js';
import {
  COMMENT_LIMIT,
  parsePagesMarker,
  pagesMarker,
  renderPreviewCommentBody,
  renderPreviewMarkdown,
  type PreviewRow,
} from '../../src/publish/preview-report.js';

const row = (i: number, extra: Partial<PreviewRow> = {}): PreviewRow => ({
  source: `reports/2025/weekly-report-number-${i}.md`,
  relativePdf: `reports/2025/weekly-report-number-${i}.pdf`,
  pages: 3,
  bytes: 40_000,
  link: `https://github.com/o/r/actions/runs/1/artifacts/${1000 + i}`,
  warnings: [{ message: `could not load chart-${i}.png: no such file`, line: 7 }],
  ...extra,
});

/** The text with its code spans removed, as CommonMark pairs backtick runs of equal length. */
function stripCodeSpans(text: string): string {
  let out = '';
  for (let i = 0; i < text.length;) {
    if (text[i] !== '`') {
      out += text[i++];
      continue;
    }
    let n = 0;
    while (text[i + n] === '`') n++;
    const closing = new RegExp(`(?<!\`)\`{${n}}(?!\`)`, 'g');
    closing.lastIndex = i + n;
    const match = closing.exec(text);
    if (match) i = match.index + n;
    else {
      out += text.slice(i, i + n);
      i += n;
    }
  }
  return out;
}

describe('the preview comment', () => {
  it('stays under GitHub’s limit, cutting rows with "and N more" and a link to the job summary', () => {
    const rows = Array.from({ length: 2000 }, (_, i) => row(i));
    const runUrl = 'https://github.com/o/r/actions/runs/1';
    const body = renderPreviewCommentBody('<!-- marker -->', { rows, runUrl, previousPages: {} });
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    const shown = body.match(/^\| \[`reports/gm)?.length ?? 0;
    expect(shown).toBeGreaterThan(100);
    expect(shown).toBeLessThan(2000);
    expect(body).toContain(`…and ${2000 - shown} more: see the [job summary](${runUrl}).`);
    // Every row that is shown keeps its warnings block (no row cut in half).
    expect(body.match(/<details>/g)?.length).toBe(shown);
    // The summary (no limit) shows them all.
    expect(renderPreviewMarkdown({ rows, runUrl }).match(/^\| \[`reports/gm)?.length).toBe(2000);
  });

  it('keeps failures when rows must be cut', () => {
    const rows = [
      row(0, {
        relativePdf: undefined,
        pages: undefined,
        bytes: undefined,
        error: { message: 'broken', line: 2 },
      }),
      ...Array.from({ length: 1500 }, (_, i) => row(i + 1)),
    ];
    const body = renderPreviewMarkdown({ rows }, 20_000);
    expect(body.length).toBeLessThanOrEqual(20_000);
    expect(body).toContain('- `reports/2025/weekly-report-number-0.md:2: broken`');
  });

  it('cuts a long list of removed documents too, keeping every PDF row', () => {
    const runUrl = 'https://github.com/o/r/actions/runs/1';
    const removed = Array.from({ length: 3000 }, (_, i) => `reports/archive/2019/old-weekly-report-${i}.md`);
    const rows = [row(1), row(2), row(3)];
    const body = renderPreviewCommentBody('<!-- marker -->', { rows, removed, runUrl });
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(body.match(/^\| \[`reports/gm)).toHaveLength(3);
    const listed = body.match(/`reports\/archive\/2019\/old-weekly-report-\d+\.md`/g)?.length ?? 0;
    expect(listed).toBeGreaterThan(100);
    expect(body).toContain(`…and ${3000 - listed} more: see the [job summary](${runUrl})`);
    expect(renderPreviewMarkdown({ rows, removed, runUrl })).toContain('old-weekly-report-2999.md');
  });

  it('shows a few warnings per file when they do not all fit, so every PDF keeps its row', () => {
    const runUrl = 'https://github.com/o/r/actions/runs/1';
    const noisy = row(0, {
      warnings: Array.from({ length: 3000 }, (_, i) => ({
        message: `could not load figures/chart-${i}.png: no such file in the workspace`,
        line: i + 1,
      })),
    });
    const rows = [noisy, row(1), row(2)];
    const body = renderPreviewCommentBody('<!-- marker -->', { rows, runUrl });
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(body.match(/^\| \[`reports/gm)).toHaveLength(3);
    expect(body).toContain(
      '<details><summary>3000 warnings in <code>reports/2025/weekly-report-number-0.md</code>',
    );
    expect(body).toContain(
      '- `reports/2025/weekly-report-number-0.md:20: could not load figures/chart-19.png',
    );
    expect(body).not.toContain('chart-20.png');
    expect(body).toContain(`- …and 2980 more: see the [job summary](${runUrl}).`);
    expect(body).not.toMatch(/^…and \d+ more/m);
    // A comment that fits shows every warning.
    expect(renderPreviewMarkdown({ rows, runUrl })).toContain('chart-2999.png');
  });

  it('makes hostile names and messages inert: no mention, reference, link, HTML or extra cell', () => {
    const hostile = '@octocat #12 [x](https://evil.example) <img src=x> a|b `tick`';
    const body = renderPreviewMarkdown({
      rows: [
        {
          source: `${hostile}.md`,
          relativePdf: `${hostile}.pdf`,
          pages: 1,
          bytes: 1,
          warnings: [{ message: hostile, line: 1 }],
          link: 'javascript:alert(1)',
        },
      ],
      removed: [`${hostile}.md`],
    });
    // Outside code spans, nothing of the hostile text remains.
    // <code> in the HTML of a <summary>, where Markdown does not render, is escaped HTML.
    const outside = stripCodeSpans(body).replace(/<code>[^<]*<\/code>/g, '');
    expect(outside).not.toMatch(/@octocat|#12|evil|<img/);
    expect(body).not.toContain('javascript:');
    const tableRow = body.split('\n').find((line) => line.startsWith('| ``'))!;
    // Four cells: the pipe in the name is escaped.
    expect(tableRow.split(/(?<!\\)\|/).length - 2).toBe(4);
  });

  it('carries page counts in a hidden marker that round-trips and ignores junk', () => {
    const marker = pagesMarker({ 'a.md': 3, 'b/-->x.md': 5 });
    expect(marker).not.toMatch(/-->.*-->/);
    expect(parsePagesMarker(`<!-- m -->\n${marker}\nbody`)).toEqual({ 'a.md': 3, 'b/-->x.md': 5 });
    expect(parsePagesMarker('<!-- md-pdf-action:pages {"a":"x","b":-1,"c":2} -->')).toEqual({ c: 2 });
    expect(parsePagesMarker('<!-- md-pdf-action:pages not json -->')).toEqual({});
    expect(parsePagesMarker(undefined)).toEqual({});
  });

  it('says when there are more PDFs than the per-file cap, and links the zip instead', () => {
    const body = renderPreviewMarkdown({
      rows: [row(1, { link: undefined })],
      zip: { name: 'pdf', url: 'https://github.com/o/r/actions/runs/1/artifacts/9' },
      fileLinksSkipped: { count: 31, cap: 30 },
    });
    expect(body).toContain('31 PDFs is more than 30, so they have no links of their own; download the zip.');
    expect(body).toContain('| `reports/2025/weekly-report-number-1.pdf` ⚠️ 1 |');
    expect(body).toContain('All PDFs: [`pdf` (zip)](https://github.com/o/r/actions/runs/1/artifacts/9)');
  });

  it('code spans survive backticks', () => {
    expect(codeSpan('a`b')).toBe('``a`b``');
    expect(codeSpan('`x`')).toBe('`` `x` ``');
  });
});
