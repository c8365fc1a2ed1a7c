import type { ChangedScope } from '../engine/changed-scope.js';
import { hasPdf } from '../engine/results.js';
import type { FileResult } from '../engine/results.js';
import type { RejectedFile } from '../engine/discover.js';
import { posixRelative } from '../shared/format.js';
import { renderPreviewMarkdown } from '../publish/preview-report.js';
import type { PreviewFacts, PreviewReport } from '../publish/index.js';

/** A section of the job summary: its heading and its Markdown. */
export interface SummaryExtra {
  heading: string;
  markdown: string;
}

/** The preview's rows from the run's results: a PDF with its warnings, or a failure at file:line. */
export function previewFacts(
  results: readonly FileResult[],
  rejected: readonly RejectedFile[],
  outputDir: string,
  scope: ChangedScope | undefined,
): PreviewFacts {
  const kinds = scope?.narrowed ? scope.selection.kinds : undefined;
  return {
    rows: [
      ...rejected.map((r) => ({ source: r.relativePath, warnings: [], error: { message: r.reason } })),
      ...results.map((r) => ({
        source: r.source,
        ...(r.status === 'failed'
          ? { error: r.error }
          : hasPdf(r)
            ? { relativePdf: posixRelative(outputDir, r.pdf), pages: r.pages, bytes: r.bytes }
            : {}),
        change: kinds?.get(r.source),
        warnings: r.warnings,
      })),
    ],
    removed: scope?.narrowed ? scope.selection.removed : undefined,
    scope: scope
      ? scope.narrowed
        ? scope.selection.note
        : `Converting every document: ${scope.reason}`
      : undefined,
    changedOnly: scope?.narrowed === true,
  };
}

/**
 * The preview as a job-summary section: the same content as the comment, every row (no length cut), or
 * with `maxBytes` the rows that fit, then "…and N more". The fork flow's comment job writes it as its whole
 * summary, from preview data of up to 8 MB, and GitHub drops a summary over 1 MiB.
 */
export function previewSummary(report: PreviewReport | undefined, maxBytes = Infinity): SummaryExtra[] {
  if (!report) return [];
  // A UTF-16 code unit is at most 3 bytes of UTF-8: this many characters always fit in maxBytes.
  const markdown = renderPreviewMarkdown(report, Math.floor(maxBytes / 3)).replace(
    /^### PDF preview\n\n/,
    '',
  );
  return [{ heading: 'PDF preview', markdown }];
}
