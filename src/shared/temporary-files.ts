import fs from 'node:fs';

/** Temporary files being written right now (writeFileAtomic), so that a stopping process can remove them. */
const pending = new Set<string>();
let exitHookInstalled = false;

/**
 * Records a temporary file about to be written. Whatever way the process ends through `process.exit`
 * (a second Ctrl-C, an unexpected error in a shell), the file is removed before it goes.
 */
export function trackTemporaryFile(file: string): void {
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.on('exit', removeTemporaryFilesSync);
  }
  pending.add(file);
}

/** The file was renamed into place or removed: nothing left to clean up. */
export function releaseTemporaryFile(file: string): void {
  pending.delete(file);
}

/** The temporary files being written now (for tests). */
export function pendingTemporaryFiles(): string[] {
  return [...pending];
}

/**
 * Removes every temporary file still being written, synchronously: it runs where no promise will be
 * waited for any more (an `exit` handler, a signal handler about to exit).
 */
export function removeTemporaryFilesSync(): void {
  for (const file of pending) fs.rmSync(file, { force: true });
  pending.clear();
}
