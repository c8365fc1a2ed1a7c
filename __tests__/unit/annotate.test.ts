import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FileResult } from '../../src/engine/results.js';
import { annotate } from '../../src/action/report.js';
import { buildRunReport } from '../../src/action/run-report.js';
import { captureStdout } from '../publish/support.js';

/** `failures` failed files and `files` files with three warnings each. */
function results(failures: number, files: number): FileResult[] {
  return [
    ...Array.from({ length: failures }, (_, i) => ({
      source: `bad/${i}.md`,
      status: 'failed' as const,
      seconds: 0,
      warnings: [],
      error: { message: 'front matter is not valid YAML', line: 3 },
    })),
    ...Array.from({ length: files }, (_, i) => ({
      source: `docs/${i}.md`,
      status: 'written' as const,
      pdf: `/w/pdf/docs/${i}.pdf`,
      pages: 1,
      bytes: 1000,
      seconds: 1,
      warnings: [1, 2, 3].map((line) => ({ message: `warning ${line}`, line })),
    })),
  ];
}

describe('annotate', () => {
  afterEach(() => vi.restoreAllMocks());

  it('annotates 9 errors and 10 warnings, logs every problem in a group per file, and counts the rest', () => {
    const out = captureStdout();
    annotate(buildRunReport(results(12, 5), [], '/w'), '/tmp/r/md-pdf-report.json');
    const lines = out.lines();
    // The tenth error GitHub shows is the step's own failure message (core.setFailed), set after this.
    expect(lines.filter((l) => l.startsWith('::error '))).toHaveLength(9);
    expect(lines.filter((l) => l.startsWith('::warning '))).toHaveLength(10);
    expect(lines).toContain(
      '::error title=md-pdf,file=bad/0.md,line=3::bad/0.md:3: front matter is not valid YAML',
    );
    expect(lines.filter((l) => l.startsWith('::group::'))).toHaveLength(17);
    expect(lines).toContain('::group::docs/4.md (3 warnings)');
    expect(lines).toContain('docs/4.md:3: warning 3');
    expect(lines).toContain('::group::bad/11.md (failed)');
    const notice = lines.find((l) => l.startsWith('::notice::'));
    expect(notice).toContain('8 problems were not annotated');
    expect(notice).toContain('this run has 12 errors and 15 warnings');
    expect(notice).toContain('/tmp/r/md-pdf-report.json');
  });

  it('gives no notice when every problem fits in the annotations', () => {
    const out = captureStdout();
    annotate(buildRunReport(results(1, 3), [], '/w'), '/r.json');
    expect(out.lines().filter((l) => l.startsWith('::warning '))).toHaveLength(9);
    expect(out.lines().some((l) => l.startsWith('::notice::'))).toBe(false);
  });
});
