// The one path from a page to a PDF on disk, for the documents and the book alike: the crash retry,
// then finalize and the guarded atomic write.
import type { Printer, PrintedPdf, PrintJob } from '../browser/printer.js';
import { loadFinalize } from '../pdf/load-finalize.js';
import type { FinalizedPdf, FinalizeOptions } from '../pdf/finalize.js';
import type { DocumentMetadata } from '../markdown/metadata.js';
import { BrowserCrashedError } from '../shared/errors.js';
import { writeFileAtomic } from '../shared/write-file.js';

/** What the caller of printRetryingCrash learns, and when not to try again. */
export interface PrintAttempts {
  /** What is printed, as the log names it (`a.md`, `book of 3 documents`). */
  source: string;
  /** Set when the run is stopping: a crash then is not retried (no browser is started then). */
  signal?: AbortSignal;
  /** Called synchronously once the first attempt is in the browser's hands (not for the retry). */
  onStart?(): void;
  /** Where the retry is announced (the shell's log). */
  onInfo?(message: string): void;
  /** Called before the second attempt: what the first one collected is to be dropped. */
  onRetry?(): void;
}

/**
 * Prints the job; if the browser crashed, once more on a fresh browser: a crash is not the document's
 * fault. A second crash is a BrowserCrashedError that says the document may be too large.
 */
export async function printRetryingCrash(
  printer: Printer,
  job: PrintJob,
  slot: number,
  attempts: PrintAttempts,
): Promise<PrintedPdf> {
  try {
    const printing = printer.print(job, slot);
    attempts.onStart?.();
    return await printing;
  } catch (error) {
    if (!(error instanceof BrowserCrashedError) || attempts.signal?.aborted) throw error;
    attempts.onInfo?.(`${attempts.source}: ${error.message}; printing it again on a fresh browser`);
    attempts.onRetry?.();
    return printer.print(job, slot).catch((again: unknown) => {
      if (!(again instanceof BrowserCrashedError)) throw again;
      throw new BrowserCrashedError(
        `${again.message}, twice (also on a fresh browser); the document may be too large for the ` +
          "browser's memory: split it, or convert it on a runner with more memory",
        { cause: again },
      );
    });
  }
}

/**
 * Finalizes the printed bytes (metadata, reproducible dates) and writes them atomically to `target`,
 * through the output folder's guards: no folder between `outputDir` and the target may be a symlink
 * that leads out of it.
 */
export async function writeFinalPdf(
  printed: Uint8Array,
  metadata: DocumentMetadata,
  finalize: FinalizeOptions,
  target: string,
  outputDir: string,
): Promise<FinalizedPdf> {
  const { finalizePdf } = await loadFinalize();
  const finalized = await finalizePdf(printed, metadata, finalize);
  await writeFileAtomic(target, finalized.bytes, outputDir);
  return finalized;
}
