import type { FileResult } from './results.js';
import { removeTemporaryFilesSync } from '../shared/temporary-files.js';
import { MdPdfError } from '../shared/errors.js';
import { killBrowsersSync } from '../browser/printer.js';

/** The signals that cancel a run, and the exit code each ends it with (128 + the signal's number). */
const EXIT_CODES = { SIGINT: 130, SIGTERM: 143 } as const;

/** A signal that cancels a run. */
export type StopSignal = keyof typeof EXIT_CODES;

/** Why a run was cancelled: the abort reason of the shells' AbortSignal. */
export class RunCancelledError extends MdPdfError {
  /** 130 for SIGINT, 143 for SIGTERM, as a shell reports a process the signal ended. */
  readonly exitCode: number;

  constructor(readonly signalName: StopSignal) {
    super(`the run was cancelled (${signalName})`);
    this.exitCode = EXIT_CODES[signalName];
  }
}

/** The signal handlers of one run, installed by cancelOnSignals. */
export interface SignalCancellation {
  /** Aborted on the first SIGINT or SIGTERM, with a RunCancelledError as its reason. */
  readonly signal: AbortSignal;
  /** Removes the handlers. */
  dispose(): void;
}

/**
 * Turns SIGINT and SIGTERM into a cancellation, for the CLI and the action alike (`docker stop`,
 * Kubernetes and systemd send SIGTERM; Ctrl-C and a cancelled GitHub job send SIGINT, then SIGTERM).
 * The first signal aborts the signal: the engine starts no new document and stops those in flight after
 * a short grace (convert.ts). A second signal ends the process at once: the browsers' process groups
 * are killed and the temporary files (PDFs being written, the browsers' scratch folders) removed,
 * synchronously (a browser already closing is no longer covered by puppeteer's own exit hook).
 * @param onForce says so before the process ends (it must write synchronously).
 */
export function cancelOnSignals(onForce?: (signalName: StopSignal) => void): SignalCancellation {
  const controller = new AbortController();
  const handle = (signalName: StopSignal): void => {
    if (!controller.signal.aborted) {
      controller.abort(new RunCancelledError(signalName));
      return;
    }
    onForce?.(signalName);
    // The browsers first: a live one could still write into its scratch folder.
    killBrowsersSync();
    removeTemporaryFilesSync();
    process.exit(EXIT_CODES[signalName]);
  };
  const handlers = (Object.keys(EXIT_CODES) as StopSignal[]).map(
    (name) => [name, () => handle(name)] as const,
  );
  for (const [name, handler] of handlers) process.on(name, handler);
  return {
    signal: controller.signal,
    dispose: () => handlers.forEach(([name, handler]) => process.off(name, handler)),
  };
}

/** Why the run was cancelled, or undefined when it was not. */
export function cancellationOf(signal: AbortSignal | undefined): RunCancelledError | undefined {
  if (!signal?.aborted) return undefined;
  return signal.reason instanceof RunCancelledError ? signal.reason : new RunCancelledError('SIGINT');
}

/**
 * `cancelled (SIGTERM): 312 of 800 written, 2 failed`: a cancelled run in one line. `rejected` files
 * (refused before conversion) count among the total and the failed.
 */
export function describeCancelledRun(
  cancelled: RunCancelledError,
  results: readonly FileResult[],
  rejected: number,
): string {
  const count = (status: FileResult['status']) => results.filter((r) => r.status === status).length;
  const unchanged = count('unchanged');
  const failed = count('failed') + rejected;
  return (
    `cancelled (${cancelled.signalName}): ${count('written')} of ${results.length + rejected} written` +
    (unchanged ? `, ${unchanged} unchanged` : '') +
    (failed ? `, ${failed} failed` : '')
  );
}
