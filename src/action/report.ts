import * as core from '@actions/core';
import { countOf, formatBytes, posixRelative } from '../shared/format.js';
import { hasPdf } from '../engine/results.js';
import type { FileResult } from '../engine/results.js';
import { buildJobSummary, type JobSummaryInput } from './job-summary.js';
import { formatProblem } from '../markdown/report-format.js';
import type { RunReport } from './run-report.js';

/** The log line printed as each file finishes. */
export function logLine(result: FileResult, workspace: string): string {
  if (result.status === 'failed') return `✗ ${formatProblem(result.source, result.error)}`;
  if (result.status === 'cancelled') return `⊘ ${result.source}: cancelled`;
  if (result.status === 'unchanged')
    return `= ${result.source} → ${posixRelative(workspace, result.pdf)} (unchanged, ${countOf(result.pages, 'page')})`;
  return `✓ ${result.source} → ${posixRelative(workspace, result.pdf)} (${countOf(result.pages, 'page')}, ${formatBytes(result.bytes)}, ${result.seconds.toFixed(1)} s)`;
}

/** GitHub shows this many error and this many warning annotations per step; it drops the rest. */
export const ANNOTATIONS_PER_STEP = 10;

/**
 * Error annotations for files: one fewer than GitHub shows, so that the step's own failure message
 * (`core.setFailed`: "3 of 40 files could not be converted"), which GitHub counts among them, is never
 * the one dropped.
 */
const FILE_ERROR_ANNOTATIONS = ANNOTATIONS_PER_STEP - 1;

/**
 * Reports every problem of the run: the first 9 errors and {@link ANNOTATIONS_PER_STEP} warnings as
 * annotations on their files (GitHub shows no more, with the step's failure message), every one in a log
 * group per file, and a notice saying how many were not annotated and where they all are.
 * @param reportPath the report file, named in the notice.
 */
export function annotate(report: RunReport, reportPath: string): void {
  const failed = report.documents.flatMap((d) => (d.error ? [{ d, error: d.error }] : []));
  const warnings = report.documents.flatMap((d) => d.warnings.map((warning) => ({ d, warning })));
  for (const { d, error } of failed.slice(0, FILE_ERROR_ANNOTATIONS))
    core.error(formatProblem(d.source, error), {
      file: d.source,
      startLine: error.line,
      title: 'md-pdf',
    });
  for (const { d, warning } of warnings.slice(0, ANNOTATIONS_PER_STEP))
    core.warning(formatProblem(d.source, warning), {
      file: d.source,
      startLine: warning.line,
      title: 'md-pdf',
    });

  for (const d of report.documents) {
    const problems = [...(d.error ? [d.error] : []), ...d.warnings];
    if (problems.length === 0) continue;
    const counts = [
      ...(d.error ? [d.status] : []),
      ...(d.warnings.length ? [`${d.warnings.length} warning${d.warnings.length === 1 ? '' : 's'}`] : []),
    ];
    core.startGroup(`${d.source} (${counts.join(', ')})`);
    for (const problem of problems) core.info(formatProblem(d.source, problem));
    core.endGroup();
  }

  const hidden =
    Math.max(0, failed.length - FILE_ERROR_ANNOTATIONS) + Math.max(0, warnings.length - ANNOTATIONS_PER_STEP);
  if (hidden > 0) {
    core.notice(
      `${countOf(hidden, 'problem')} ${hidden === 1 ? 'was' : 'were'} not annotated: GitHub shows ${ANNOTATIONS_PER_STEP} errors and ` +
        `${ANNOTATIONS_PER_STEP} warnings per step, and this run has ${countOf(failed.length, 'error')} and ` +
        `${countOf(warnings.length, 'warning')}. Every one is in the job summary, in the log grouped by file, and in ` +
        `${reportPath} (the report output).`,
    );
  }
}

/**
 * Sets the `files` (JSON array of workspace-relative PDF paths) and `count` outputs. PDFs an incremental
 * run kept unchanged are included: the outputs describe the full set of PDFs, however they were made.
 */
export function setOutputs(results: readonly FileResult[], workspace: string): string[] {
  const written = results.filter(hasPdf).map((r) => posixRelative(workspace, r.pdf));
  core.setOutput('files', JSON.stringify(written));
  core.setOutput('count', String(written.length));
  return written;
}

/** Writes the job summary (see buildJobSummary: always under GitHub's 1 MiB limit). */
export async function writeSummary(input: JobSummaryInput): Promise<void> {
  await core.summary.addRaw(buildJobSummary(input), true).write();
}
