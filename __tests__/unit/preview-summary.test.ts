import { describe, expect, it } from 'vitest';
import { previewSummary } from '../../src/action/preview-facts.js';
import { SUMMARY_MAX_BYTES } from '../../src/action/job-summary.js';
import type { PreviewReport } from '../../src/publish/preview-report.js';

const bytes = (text: string) => Buffer.byteLength(text);

/** A fork's preview of 4,000 changed documents with accented names and warnings: well over 1 MiB in full. */
function bigPreview(): PreviewReport {
  return {
    rows: Array.from({ length: 4000 }, (_, i) => ({
      source: `docs/${'ü'.repeat(60)}-${i}.md`,
      relativePdf: `docs/${'ü'.repeat(60)}-${i}.pdf`,
      pages: 2,
      bytes: 50_000,
      change: 'changed' as const,
      warnings: [1, 2].map((line) => ({ line, message: `a glyph no font could draw: ${'€'.repeat(40)}` })),
    })),
    runUrl: 'https://github.com/o/r/actions/runs/1',
  };
}

describe('previewSummary', () => {
  it('keeps every row without a limit, as the job summary of the build run cuts it itself', () => {
    const [section] = previewSummary(bigPreview());
    expect(bytes(section!.markdown)).toBeGreaterThan(1024 * 1024);
    expect(section!.markdown).not.toContain('more: see');
  });

  it('fits the rows into the byte limit the fork flow’s comment job gives it, saying how many are left out', () => {
    const [section] = previewSummary(bigPreview(), SUMMARY_MAX_BYTES);
    expect(bytes(section!.markdown)).toBeLessThanOrEqual(SUMMARY_MAX_BYTES);
    expect(bytes(section!.markdown)).toBeGreaterThan(SUMMARY_MAX_BYTES / 4);
    const hidden = /…and (\d+) more: see the \[job summary\]/.exec(section!.markdown);
    expect(Number(hidden?.[1])).toBeGreaterThan(0);
    const shown = section!.markdown.match(/^\| `docs\/ü+-\d+\.pdf`/gm)!.length;
    expect(shown + Number(hidden![1])).toBe(4000);
  });
});
