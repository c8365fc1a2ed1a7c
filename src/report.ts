import * as core from '@actions/core';
import { formatBytes, posixRelative } from './format.js';
import type { FileResult } from './convert.js';
import type { RejectedFile } from './discover.js';
import { formatProblem } from './report-format.js';

/** The log line printed as each file finishes. */
export function logLine(result: FileResult, workspace: string): string {
  if (result.status === 'failed') return `✗ ${formatProblem(result.source, result.error!)}`;
  if (result.status === 'unchanged')
    return `= ${result.source} → ${posixRelative(workspace, result.pdf!)} (unchanged, ${result.pages} pages)`;
  return `✓ ${result.source} → ${posixRelative(workspace, result.pdf!)} (${result.pages} pages, ${formatBytes(result.bytes!)}, ${result.seconds.toFixed(1)} s)`;
}

/** The job summary lists this many warnings; the annotations have them all. */
const MAX_SUMMARY_WARNINGS = 50;

/** Annotations on the source files: an error for each failure, a warning for each non-fatal problem. */
export function annotate(results: readonly FileResult[], rejected: readonly RejectedFile[]): void {
  for (const r of rejected)
    core.error(formatProblem(r.relativePath, { message: r.reason }), {
      file: r.relativePath,
      title: 'md-pdf',
    });
  for (const result of results) {
    for (const warning of result.warnings) {
      core.warning(formatProblem(result.source, warning), {
        file: result.source,
        startLine: warning.line,
        title: 'md-pdf',
      });
    }
    if (result.error) {
      core.error(formatProblem(result.source, result.error), {
        file: result.source,
        startLine: result.error.line,
        title: 'md-pdf',
      });
    }
  }
}

/**
 * Sets the `files` (JSON array of workspace-relative PDF paths) and `count` outputs. PDFs an incremental
 * run kept unchanged are included: the outputs describe the full set of PDFs, however they were made.
 */
export function setOutputs(results: readonly FileResult[], workspace: string): string[] {
  const written = results.filter((r) => r.status !== 'failed').map((r) => posixRelative(workspace, r.pdf!));
  core.setOutput('files', JSON.stringify(written));
  core.setOutput('count', String(written.length));
  return written;
}

/** Extra summary lines from later stages (artifact link, release assets). */
export interface SummaryExtra {
  heading: string;
  markdown: string;
}

/** The job summary: one row per file (source, PDF, pages, size, seconds), then failures and extras. */
export async function writeSummary(
  results: readonly FileResult[],
  rejected: readonly RejectedFile[],
  workspace: string,
  extras: readonly SummaryExtra[] = [],
): Promise<void> {
  const rows = results.map((r) => [
    r.source,
    r.status === 'failed'
      ? '✗ failed'
      : posixRelative(workspace, r.pdf!) + (r.status === 'unchanged' ? ' (unchanged)' : ''),
    r.pages === undefined ? '' : String(r.pages),
    r.bytes === undefined ? '' : formatBytes(r.bytes),
    r.seconds.toFixed(1),
  ]);
  const summary = core.summary.addHeading('Markdown → PDF', 2).addTable([
    [
      { data: 'Source', header: true },
      { data: 'PDF', header: true },
      { data: 'Pages', header: true },
      { data: 'Size', header: true },
      { data: 'Seconds', header: true },
    ],
    ...rows,
  ]);
  const failures = [
    ...rejected.map((r) => formatProblem(r.relativePath, { message: r.reason })),
    ...results.filter((r) => r.error).map((r) => formatProblem(r.source, r.error!)),
  ];
  if (failures.length) summary.addHeading('Failures', 3).addList(failures);
  // What printed but not quite as written (a character no font has, an image that could not be shown).
  const warnings = results.flatMap((r) => r.warnings.map((w) => formatProblem(r.source, w)));
  if (warnings.length) {
    const shown = warnings.slice(0, MAX_SUMMARY_WARNINGS);
    if (warnings.length > shown.length)
      shown.push(`… and ${warnings.length - shown.length} more (see the annotations)`);
    summary.addHeading('Warnings', 3).addList(shown);
  }
  for (const extra of extras) summary.addHeading(extra.heading, 3).addRaw(extra.markdown, true);
  await summary.write();
}
