import type { DocumentWarning } from '../markdown/processor.js';
import { BrowserCrashedError, DocumentError, errorMessage, PrinterClosedError } from '../shared/errors.js';

/** What every file's result says, whatever happened to it. */
interface ResultBase {
  /** Workspace-relative source path (for the book: `book of N documents`). */
  source: string;
  seconds: number;
  warnings: DocumentWarning[];
}

/**
 * What a result without a PDF, or without an error, does not have: declared absent so that any result
 * can be read as `r.pdf` or `r.error?.message`, while a check of `status` still narrows to the fields.
 */
interface WithoutPdf {
  pdf?: undefined;
  pages?: undefined;
  bytes?: undefined;
}
interface WithoutError {
  error?: undefined;
}

/** A result with a PDF on disk: written by this run, or kept from an earlier one. */
interface ResultWithPdf extends ResultBase, WithoutError {
  /** Absolute PDF path. */
  pdf: string;
  pages: number;
  bytes: number;
}

/** This run wrote the PDF. */
export interface WrittenResult extends ResultWithPdf {
  status: 'written';
}

/**
 * An incremental run kept the PDF of an earlier run (same source, images, options and tool); it still
 * counts as this run's PDF everywhere (outputs, artifact, summary).
 */
export interface UnchangedResult extends ResultWithPdf {
  status: 'unchanged';
}

/** The file could not be converted; no PDF of it was left on disk. */
export interface FailedResult extends ResultBase, WithoutPdf {
  status: 'failed';
  /** Why, with its line when known. */
  error: DocumentWarning;
}

/** The run was cancelled (ConvertHooks.signal) before this file's PDF was written; no PDF. */
export interface CancelledResult extends ResultBase, WithoutPdf, WithoutError {
  status: 'cancelled';
}

/** What happened to one file: discriminated on `status`. */
export type FileResult = WrittenResult | UnchangedResult | FailedResult | CancelledResult;

/** A result whose PDF is this run's: written now or kept unchanged. */
export type PdfResult = WrittenResult | UnchangedResult;

/** True when the result has a PDF (written, or kept unchanged by an incremental run). */
export function hasPdf(result: FileResult): result is PdfResult {
  return result.status === 'written' || result.status === 'unchanged';
}

/** A result without its common fields: what a stage decides, before the run adds source, time and warnings. */
export type ResultOutcome =
  | Omit<WrittenResult, keyof ResultBase>
  | Omit<UnchangedResult, keyof ResultBase>
  | Omit<FailedResult, keyof ResultBase>
  | Omit<CancelledResult, keyof ResultBase>;

/** A thrown error as a result's problem: a DocumentError keeps its line. */
export function describeError(error: unknown): DocumentWarning {
  if (error instanceof DocumentError) return { message: error.message, line: error.line };
  return { message: errorMessage(error) };
}

/**
 * What a failure while printing or writing means for the file: a run that is stopping (the printer
 * closed, or a crash while it stops) cancelled it; anything else failed it.
 */
export function outcomeOfError(
  error: unknown,
  signal: AbortSignal | undefined,
): Omit<FailedResult, keyof ResultBase> | Omit<CancelledResult, keyof ResultBase> {
  if (error instanceof PrinterClosedError || (error instanceof BrowserCrashedError && signal?.aborted))
    return { status: 'cancelled' };
  return { status: 'failed', error: describeError(error) };
}
