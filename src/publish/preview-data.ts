import type { ChangeKind } from '../engine/changed-only.js';
import type { DocumentWarning } from '../markdown/processor.js';
import type { PreviewReport, PreviewRow } from './preview-report.js';
import { MdPdfError } from '../shared/errors.js';

/**
 * A fork's pull request cannot comment (its token is read-only): its run uploads what the comment needs
 * as this artifact, and a `workflow_run` job posts the comment from it. Everything in it comes from an
 * untrusted run, so {@link parsePreviewData} checks every field and the poster trusts no link from it.
 */
export const PREVIEW_DATA_ARTIFACT = 'md-pdf-preview-data';
export const PREVIEW_DATA_FILE = 'md-pdf-preview.json';
const FORMAT = 'md-pdf-preview/1';
/** Larger than any honest preview (10,000 rows of long names and warnings). */
export const MAX_PREVIEW_DATA_BYTES = 8 * 1024 * 1024;

const CHANGE_KINDS: readonly ChangeKind[] = ['new', 'changed', 'renamed', 'asset'];
/** Warnings carried per file; the others are only counted (the comment shows 20 when it is long). */
const MAX_WARNINGS_PER_ROW = 1000;
/** Characters of a message carried; a longer one (a huge URL in "could not load …") is cut. */
const MAX_MESSAGE = 2000;

/** A message cut to what the reader accepts. */
function clipped(problem: DocumentWarning): DocumentWarning {
  return problem.message.length <= MAX_MESSAGE
    ? problem
    : { ...problem, message: `${problem.message.slice(0, MAX_MESSAGE - 1)}…` };
}

/** One row as carried over: the PDF's artifact by name (its link is looked up again by the poster). */
export interface PreviewDataRow extends Omit<PreviewRow, 'link'> {
  artifact?: string;
}

/** What the comment needs, as the building run writes it. */
export interface PreviewData {
  pullRequest: number;
  rows: PreviewDataRow[];
  removed: string[];
  scope?: string;
  /** Name of the zip artifact. */
  zip?: string;
  fileLinksSkipped?: { count: number; cap: number };
}

/** Thrown when the data is not what this version writes; the message says which field. */
export class PreviewDataError extends MdPdfError {}

/** The data for a report: each row names its artifact instead of linking it. */
export function previewDataOf(
  report: PreviewReport,
  pullRequest: number,
  artifactNames: ReadonlyMap<string, string>,
): PreviewData {
  return {
    pullRequest,
    rows: report.rows.map((row) => {
      // The link is not carried: the poster builds links from the API's listing, not from this data.
      const rest: PreviewDataRow = { ...row };
      delete (rest as PreviewRow).link;
      // Within the limits parsePreviewData holds the data to: what an honest run writes is always read.
      rest.warnings = row.warnings.slice(0, MAX_WARNINGS_PER_ROW).map(clipped);
      const omitted = (row.omittedWarnings ?? 0) + row.warnings.length - rest.warnings.length;
      if (omitted > 0) rest.omittedWarnings = omitted;
      if (row.error) rest.error = clipped(row.error);
      const artifact = row.relativePdf ? artifactNames.get(row.relativePdf) : undefined;
      return artifact ? { ...rest, artifact } : rest;
    }),
    removed: [...(report.removed ?? [])],
    ...(report.scope ? { scope: report.scope } : {}),
    ...(report.zip ? { zip: report.zip.name } : {}),
    ...(report.fileLinksSkipped ? { fileLinksSkipped: report.fileLinksSkipped } : {}),
  };
}

/** The JSON written into the artifact. */
export function serializePreviewData(data: PreviewData): string {
  return JSON.stringify({ format: FORMAT, ...data });
}

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown, field: string, max: number): string {
  if (typeof value !== 'string' || value.length > max) {
    throw new PreviewDataError(`${field} must be text of at most ${max} characters`);
  }
  return value;
}

function optionalText(value: unknown, field: string, max: number): string | undefined {
  return value === undefined ? undefined : text(value, field, max);
}

function count(value: unknown, field: string, min = 0, max = Number.MAX_SAFE_INTEGER): number {
  if (!Number.isSafeInteger(value) || (value as number) < min || (value as number) > max) {
    throw new PreviewDataError(`${field} must be a whole number from ${min} to ${max}`);
  }
  return value as number;
}

function list(value: unknown, field: string, max: number): unknown[] {
  if (!Array.isArray(value) || value.length > max) {
    throw new PreviewDataError(`${field} must be a list of at most ${max} entries`);
  }
  return value;
}

function problem(value: unknown, field: string): DocumentWarning {
  if (!isRecord(value)) throw new PreviewDataError(`${field} must be an object`);
  const message = text(value.message, `${field}.message`, MAX_MESSAGE);
  return value.line === undefined ? { message } : { message, line: count(value.line, `${field}.line`, 1) };
}

function row(value: unknown, field: string): PreviewDataRow {
  if (!isRecord(value)) throw new PreviewDataError(`${field} must be an object`);
  const parsed: PreviewDataRow = {
    source: text(value.source, `${field}.source`, 1000),
    warnings: list(value.warnings, `${field}.warnings`, MAX_WARNINGS_PER_ROW).map((w, i) =>
      problem(w, `${field}.warnings[${i}]`),
    ),
  };
  const relativePdf = optionalText(value.relativePdf, `${field}.relativePdf`, 1000);
  if (relativePdf !== undefined) parsed.relativePdf = relativePdf;
  if (value.pages !== undefined) parsed.pages = count(value.pages, `${field}.pages`);
  if (value.bytes !== undefined) parsed.bytes = count(value.bytes, `${field}.bytes`);
  if (value.omittedWarnings !== undefined)
    parsed.omittedWarnings = count(value.omittedWarnings, `${field}.omittedWarnings`);
  if (value.change !== undefined) {
    if (!CHANGE_KINDS.includes(value.change as ChangeKind)) {
      throw new PreviewDataError(`${field}.change must be one of ${CHANGE_KINDS.join(', ')}`);
    }
    parsed.change = value.change as ChangeKind;
  }
  const artifact = optionalText(value.artifact, `${field}.artifact`, 300);
  if (artifact !== undefined) parsed.artifact = artifact;
  if (value.error !== undefined) parsed.error = problem(value.error, `${field}.error`);
  return parsed;
}

/**
 * Reads the data an untrusted run wrote: every field is checked for type and size; anything else (an
 * unknown format, a pull-request number that is not a positive whole number) is a PreviewDataError.
 */
export function parsePreviewData(json: string): PreviewData {
  if (json.length > MAX_PREVIEW_DATA_BYTES) throw new PreviewDataError('the preview data is too large');
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw new PreviewDataError('the preview data is not JSON');
  }
  if (!isRecord(value) || value.format !== FORMAT)
    throw new PreviewDataError(`the preview data is not ${FORMAT}`);
  const data: PreviewData = {
    pullRequest: count(value.pullRequest, 'pullRequest', 1, 2 ** 31 - 1),
    rows: list(value.rows, 'rows', 10_000).map((r, i) => row(r, `rows[${i}]`)),
    removed: list(value.removed, 'removed', 10_000).map((r, i) => text(r, `removed[${i}]`, 1000)),
  };
  const scope = optionalText(value.scope, 'scope', 500);
  if (scope !== undefined) data.scope = scope;
  const zip = optionalText(value.zip, 'zip', 300);
  if (zip !== undefined) data.zip = zip;
  if (value.fileLinksSkipped !== undefined) {
    const skipped = value.fileLinksSkipped;
    if (!isRecord(skipped)) throw new PreviewDataError('fileLinksSkipped must be an object');
    data.fileLinksSkipped = {
      count: count(skipped.count, 'fileLinksSkipped.count'),
      cap: count(skipped.cap, 'fileLinksSkipped.cap'),
    };
  }
  return data;
}
