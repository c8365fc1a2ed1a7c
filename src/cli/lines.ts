import path from 'node:path';
import type { FileResult } from '../engine/results.js';
import { countOf } from '../shared/format.js';
import { formatProblem } from '../markdown/report-format.js';

/** The line the CLI prints as a file finishes: `✓ a.md → pdf/a.pdf (3 pages, 0.8 s)`. */
export function progressLine(result: FileResult, cwd: string): string {
  if (result.status === 'failed') return `✗ ${formatProblem(result.source, result.error)}`;
  if (result.status === 'cancelled') return `⊘ ${result.source}: cancelled`;
  const pdf = path.relative(cwd, result.pdf);
  const pages = countOf(result.pages, 'page');
  if (result.status === 'unchanged') return `= ${result.source} → ${pdf} (unchanged, ${pages})`;
  return `✓ ${result.source} → ${pdf} (${pages}, ${result.seconds.toFixed(1)} s)`;
}

/** The closing line: `2 PDFs written, 1 unchanged, to pdf, 1 failed`. */
export function summaryLine(
  results: readonly FileResult[],
  rejected: number,
  outputDir: string,
  cwd: string,
): string {
  const failed = results.filter((r) => r.status === 'failed').length + rejected;
  const written = results.filter((r) => r.status === 'written').length;
  const unchanged = results.filter((r) => r.status === 'unchanged').length;
  return (
    `${countOf(written, 'PDF')} written` +
    (unchanged ? `, ${unchanged} unchanged,` : '') +
    ` to ${path.relative(cwd, outputDir) || '.'}` +
    (failed ? `, ${failed} failed` : '')
  );
}

/** Prints a file's line and its warnings: the line on stdout, the warnings on stderr. */
export function printFileDone(result: FileResult, cwd: string, prefix = ''): void {
  process.stdout.write(`${prefix}${progressLine(result, cwd)}\n`);
  for (const w of result.warnings) process.stderr.write(`  ! ${formatProblem(result.source, w)}\n`);
}
