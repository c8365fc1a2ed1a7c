import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { FileResult } from '../engine/results.js';
import type { RejectedFile } from '../engine/discover.js';
import { posixRelative } from '../shared/format.js';
import type { DocumentWarning } from '../markdown/processor.js';

/** Name of the report inside the artifact. */
export const REPORT_ENTRY = 'md-pdf-report.json';

/** One document of the run, as later steps read it from the `report` output's file. */
export interface ReportDocument {
  /** Markdown source, relative to the workspace. */
  source: string;
  /** `rejected`: discovery refused the file (outside the workspace, a clash…); it was never converted. */
  status: FileResult['status'] | 'rejected';
  /** PDF path relative to the workspace, when there is one. */
  pdf?: string;
  pages?: number;
  bytes?: number;
  seconds?: number;
  warnings: DocumentWarning[];
  /** Why it failed or was rejected. */
  error?: DocumentWarning;
}

/** Every document of the run and the totals: the `report` output, complete whatever the run's size. */
export interface RunReport {
  version: 1;
  totals: {
    documents: number;
    written: number;
    unchanged: number;
    failed: number;
    rejected: number;
    cancelled: number;
    pages: number;
    bytes: number;
    warnings: number;
  };
  documents: ReportDocument[];
}

/** Builds the report of a run from its results and the files discovery refused. Pure. */
export function buildRunReport(
  results: readonly FileResult[],
  rejected: readonly RejectedFile[],
  workspace: string,
): RunReport {
  const documents: ReportDocument[] = [
    ...results.map((r) => ({
      source: r.source,
      status: r.status,
      ...(r.pdf === undefined ? {} : { pdf: posixRelative(workspace, r.pdf) }),
      ...(r.pages === undefined ? {} : { pages: r.pages }),
      ...(r.bytes === undefined ? {} : { bytes: r.bytes }),
      seconds: Math.round(r.seconds * 1000) / 1000,
      warnings: r.warnings,
      ...(r.error ? { error: r.error } : {}),
    })),
    ...rejected.map((r) => ({
      source: r.relativePath,
      status: 'rejected' as const,
      warnings: [],
      error: { message: r.reason },
    })),
  ];
  const count = (status: ReportDocument['status']) => documents.filter((d) => d.status === status).length;
  return {
    version: 1,
    totals: {
      documents: documents.length,
      written: count('written'),
      unchanged: count('unchanged'),
      failed: count('failed'),
      rejected: count('rejected'),
      cancelled: count('cancelled'),
      pages: documents.reduce((sum, d) => sum + (d.pages ?? 0), 0),
      bytes: documents.reduce((sum, d) => sum + (d.bytes ?? 0), 0),
      warnings: documents.reduce((sum, d) => sum + d.warnings.length, 0),
    },
    documents,
  };
}

/**
 * Writes the report as JSON to a fresh folder in the runner's temporary directory (never into the output
 * folder, which later steps may commit or upload whole). Returns its absolute path.
 */
export async function writeRunReport(report: RunReport, env = process.env): Promise<string> {
  const folder = path.join(env.RUNNER_TEMP || os.tmpdir(), `md-pdf-${randomBytes(4).toString('hex')}`);
  await fs.mkdir(folder, { recursive: true });
  const file = path.join(folder, REPORT_ENTRY);
  await fs.writeFile(file, JSON.stringify(report, null, 2) + '\n');
  return file;
}
