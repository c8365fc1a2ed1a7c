import { describe, expect, it } from 'vitest';
import type { FileResult } from '../../src/engine/results.js';
import { buildJobSummary, SUMMARY_MAX_BYTES } from '../../src/action/job-summary.js';
import { codeSpan, escapeMentions, tableCodeSpan } from '../../src/publish/format.js';
import { buildRunReport } from '../../src/action/run-report.js';

const WORKSPACE = '/w';

/** A run of `count` documents in 50 folders; every 100th fails, each has `warningsEach` warnings. */
function syntheticRun(
  count: number,
  warningsEach: number,
  message = 'a glyph no font could draw: U+E000',
): FileResult[] {
  return Array.from({ length: count }, (_, i) => {
    const source = `reports/team-${i % 50}/2025/incident-report-number-${String(i).padStart(5, '0')}.md`;
    const warnings = Array.from({ length: warningsEach }, (_, w) => ({
      message: `${message} (${w})`,
      line: w + 3,
    }));
    if (i % 100 === 0)
      return {
        source,
        status: 'failed',
        seconds: 0.2,
        warnings,
        error: { message: 'front matter is not valid YAML', line: 2 },
      };
    return {
      source,
      status: 'written',
      pdf: `${WORKSPACE}/pdf/${source.replace(/\.md$/, '.pdf')}`,
      pages: 3,
      bytes: 120_000,
      seconds: 1.5,
      warnings,
    };
  });
}

const bytes = (text: string) => Buffer.byteLength(text);

describe('buildRunReport', () => {
  it('lists every document with its status, paths, numbers and problems, and the totals', () => {
    const results = syntheticRun(3, 1).slice(0, 2);
    const report = buildRunReport(
      results,
      [{ relativePath: 'x.md', reason: 'a symlink out of the workspace' }],
      WORKSPACE,
    );
    expect(report.totals).toEqual({
      documents: 3,
      written: 1,
      unchanged: 0,
      failed: 1,
      rejected: 1,
      cancelled: 0,
      pages: 3,
      bytes: 120_000,
      warnings: 2,
    });
    expect(report.documents[1]).toEqual({
      source: 'reports/team-1/2025/incident-report-number-00001.md',
      status: 'written',
      pdf: 'pdf/reports/team-1/2025/incident-report-number-00001.pdf',
      pages: 3,
      bytes: 120_000,
      seconds: 1.5,
      warnings: [{ message: 'a glyph no font could draw: U+E000 (0)', line: 3 }],
    });
    expect(report.documents[2]).toEqual({
      source: 'x.md',
      status: 'rejected',
      warnings: [],
      error: { message: 'a symlink out of the workspace' },
    });
  });
});

describe('buildJobSummary', () => {
  it('has one row per document on a small run, and links the report in the artifact', () => {
    const report = buildRunReport(syntheticRun(3, 1), [], WORKSPACE);
    const summary = buildJobSummary({
      report,
      reportPath: '/tmp/r/md-pdf-report.json',
      artifact: { name: 'reports', url: 'https://github.com/o/r/actions/runs/1/artifacts/2' },
    });
    expect(summary).toContain(
      '| `reports/team-1/2025/incident-report-number-00001.md` | `pdf/reports/team-1/2025/incident-report-number-00001.pdf` | 3 | 117.2 KB | 1.5 |',
    );
    expect(summary).toContain('| `reports/team-0/2025/incident-report-number-00000.md` | ✗ failed |');
    expect(summary).toContain(
      'Full report: `md-pdf-report.json` in the artifact [reports](https://github.com/o/r/actions/runs/1/artifacts/2)',
    );
    expect(summary).toContain(
      'reports/team-0/2025/incident-report-number-00000.md:2: front matter is not valid YAML',
    );
    expect(summary).toContain(
      'reports/team-2/2025/incident-report-number-00002.md\n  3: a glyph no font could draw: U+E000 (0)',
    );
  });

  it('stays under 1 MiB on a 2,500-document run, grouping by folder and keeping every failure and warning', () => {
    const report = buildRunReport(syntheticRun(2500, 2), [], WORKSPACE);
    const summary = buildJobSummary({ report, reportPath: '/tmp/r/md-pdf-report.json' });
    expect(bytes(summary)).toBeLessThan(SUMMARY_MAX_BYTES);
    expect(summary).toContain('2500 documents, by folder:');
    expect(summary).toContain('| `reports/team-7/2025` | 50 | 0 | 100 | 150 | 5.7 MB |');
    expect(summary).not.toContain('| Source | PDF |');
    expect(summary).toContain('### Failures');
    for (let i = 0; i < 2500; i += 100)
      expect(summary).toContain(
        `incident-report-number-${String(i).padStart(5, '0')}.md:2: front matter is not valid YAML`,
      );
    expect(summary.match(/^ {2}\d+: a glyph/gm)).toHaveLength(5000);
    expect(summary).toContain('### Warnings (5000)');
  });

  it('cuts the warnings last of all but the failures when even the compact list is too big, saying how many', () => {
    const report = buildRunReport(syntheticRun(2500, 20, 'x'.repeat(400)), [], WORKSPACE);
    const published = Array.from(
      { length: 2500 },
      (_, i) => `  - [asset-${i}.pdf](https://example.test/${i})`,
    );
    const summary = buildJobSummary({ report, reportPath: '/r.json', published });
    expect(bytes(summary)).toBeLessThanOrEqual(SUMMARY_MAX_BYTES);
    expect(bytes(summary)).toBeGreaterThan(SUMMARY_MAX_BYTES - 2000);
    // Every failure is still there; the published list went first, then warnings were cut with a count.
    expect(summary.match(/:2: front matter is not valid YAML/g)).toHaveLength(25);
    expect(summary).toMatch(/- … and 2500 more/);
    const omitted = /… and (\d+) more lines, all in `md-pdf-report.json`/.exec(summary);
    expect(Number(omitted?.[1])).toBeGreaterThan(0);
    const shown = summary.match(/^ {2}\d+: x+/gm)!.length + summary.match(/^reports\/.*\.md$/gm)!.length;
    expect(shown + Number(omitted![1])).toBe(2500 * 21);
    // The lists are cut anyway, so the few-kB overview by folder stays.
    expect(summary).toContain('2500 documents, by folder:');
    expect(summary).toContain('| `reports/team-7/2025` | 50 | 0 | 1000 | 150 | 5.7 MB |');
  });

  it('counts in the right number in its head line: "1 document", "1 page", "1 warning"', () => {
    const one: FileResult = {
      source: 'a.md',
      status: 'written',
      pdf: '/w/pdf/a.pdf',
      pages: 1,
      bytes: 2048,
      seconds: 1,
      warnings: [{ message: 'a glyph no font could draw', line: 2 }],
    };
    const head = (results: FileResult[]) =>
      buildJobSummary({ report: buildRunReport(results, [], WORKSPACE), reportPath: '/r.json' }).split(
        '\n',
      )[2];
    expect(head).toBeDefined();
    expect(head([one])).toBe('**1 document:** 1 written; 1 page, 2.0 KB, 1 warning.');
    expect(head([one, { ...one, source: 'b.md', pdf: '/w/pdf/b.pdf', pages: 2 }])).toBe(
      '**2 documents:** 2 written; 3 pages, 4.0 KB, 2 warnings.',
    );
  });

  it('says "1 more line" when a single line of a list is cut, and "N more lines" otherwise', () => {
    // Runs of 1 to 4 warnings, each under every budget from "all fits" down to most lines cut: the notes
    // of every cut count that occurs are said in the right number.
    const notes = new Set<string>();
    for (let count = 1; count <= 4; count++) {
      const warnings = Array.from({ length: count }, (_, i) => ({
        message: `warning number ${i}: ${'a long explanation of it '.repeat(4)}`,
        line: i + 1,
      }));
      const report = buildRunReport(
        [
          {
            source: 'a.md',
            status: 'written',
            pdf: '/w/pdf/a.pdf',
            pages: 1,
            bytes: 10,
            seconds: 1,
            warnings,
          },
        ],
        [],
        WORKSPACE,
      );
      const full = bytes(buildJobSummary({ report, reportPath: '/r.json' }));
      for (let maxBytes = full; maxBytes > full - 400; maxBytes--) {
        const summary = buildJobSummary({ report, reportPath: '/r.json', limits: { maxBytes } });
        for (const [note] of summary.matchAll(/… and \d+ more lines?/g)) notes.add(note);
      }
    }
    expect(notes).toContain('… and 1 more line');
    expect(notes).toContain('… and 2 more lines');
    expect([...notes]).not.toContainEqual(expect.stringMatching(/ 1 more lines$/));
  });

  it('puts a folder named like a team mention in code only', () => {
    const results: FileResult[] = [
      {
        source: '@acme/security-team/#12.md',
        status: 'written',
        pdf: '/w/pdf/@acme/security-team/#12.pdf',
        pages: 1,
        bytes: 10,
        seconds: 1,
        warnings: [{ message: 'ping @acme/security-team about #12', line: 4 }],
      },
    ];
    const summary = buildJobSummary({
      report: buildRunReport(results, [], WORKSPACE),
      reportPath: '/r.json',
    });
    const outsideCode = summary.replace(/^(`{3,})text\n[\s\S]*?^\1$/gm, '').replace(/``.*?``|`[^`]*`/g, '');
    expect(outsideCode).not.toMatch(/[@#][\w-]/);
    expect(summary).toContain('| `@acme/security-team/#12.md` |');
  });
});

describe('Markdown helpers', () => {
  it('codeSpan takes a fence longer than any backtick run inside, padding where CommonMark needs it', () => {
    expect(codeSpan('a.md')).toBe('`a.md`');
    expect(codeSpan('a `b` c')).toBe('``a `b` c``');
    expect(codeSpan('`x')).toBe('`` `x ``');
    expect(codeSpan('line\nbreak')).toBe('`line break`');
    expect(codeSpan('')).toBe('');
    expect(tableCodeSpan('a|b')).toBe('`a\\|b`');
  });

  it('escapeMentions puts a word joiner after @ and # that start a name or number, and leaves the rest', () => {
    expect(escapeMentions('@acme/team and #123, org/repo#4, a@b, # heading, C#')).toBe(
      '@\u2060acme/team and #\u2060123, org/repo#\u20604, a@\u2060b, # heading, C#',
    );
  });
});
